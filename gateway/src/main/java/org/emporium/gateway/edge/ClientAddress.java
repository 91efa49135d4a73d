package org.emporium.gateway.edge;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who sent a request. Normally the peer (the other end of the TCP connection); when the peer is a trusted proxy,
 * the address that proxy — and any trusted proxy before it — says it received the request from: the rightmost entry
 * of {@code X-Forwarded-For} that is not a trusted proxy. Entries left of it were written by the client and are
 * never believed. Resolved once per request by {@link ClientHeaderHygiene}; the rate limiter's anonymous buckets,
 * the access log and the {@code X-Forwarded-For} sent to services all use it.
 *
 * @param address the client's IP address
 * @param proxies the trusted proxies the request passed after leaving the client, nearest the client first; the last
 *     one is the peer. Empty when the peer is the client.
 * @param viaTrustedProxy whether the peer is a trusted proxy, so its other {@code X-Forwarded-*} are believed too
 */
public record ClientAddress(String address, List<String> proxies, boolean viaTrustedProxy) {
    static final String ATTRIBUTE = ClientAddress.class.getName();

    public ClientAddress {
        proxies = List.copyOf(proxies);
    }

    /** The client address of a request; the peer's if the request never passed {@link ClientHeaderHygiene}. */
    public static String of(ServerWebExchange exchange) {
        ClientAddress resolved = exchange.getAttribute(ATTRIBUTE);
        if (resolved != null) {
            return resolved.address();
        }
        var peer = peerOf(exchange);
        return peer == null ? "unknown" : peer;
    }

    /** {@code X-Forwarded-For} as services receive it: the client, then every trusted proxy up to the peer. */
    String forwardedFor() {
        if (proxies.isEmpty()) {
            return address;
        }
        return address + ", " + String.join(", ", proxies);
    }

    /**
     * Walks {@code forwardedFor} from the right while the addresses are trusted proxies; the first one that is not is
     * the client. If the chain runs out first, or holds something that is not an IP address, trust ends there and the
     * last trusted proxy reached is taken as the client.
     */
    static ClientAddress resolve(String peer, List<String> forwardedFor, Predicate<String> trusted) {
        if (!trusted.test(peer)) {
            return new ClientAddress(peer, List.of(), false);
        }
        var hops = new ArrayDeque<String>();
        hops.addFirst(peer);
        for (int i = forwardedFor.size() - 1; i >= 0; i--) {
            var address = literal(forwardedFor.get(i));
            if (address == null) {
                break;
            }
            if (!trusted.test(address)) {
                return new ClientAddress(address, List.copyOf(hops), true);
            }
            hops.addFirst(address);
        }
        var client = hops.removeFirst();
        return new ClientAddress(client, List.copyOf(hops), true);
    }

    static String peerOf(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return null;
        }
        return remote.getAddress() == null
                ? remote.getHostString()
                : remote.getAddress().getHostAddress();
    }

    /** The IP address in an {@code X-Forwarded-For} entry, normalised; {@code null} if it holds none. */
    static String literal(String entry) {
        var value = entry.strip();
        if (value.startsWith("\"") && value.endsWith("\"") && value.length() > 1) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            value = end < 0 ? "" : value.substring(1, end); // [v6] or [v6]:port
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            value = value.substring(0, value.indexOf(':')); // v4:port
        }
        if (value.isEmpty()) {
            return null;
        }
        try {
            return InetAddress.ofLiteral(value).getHostAddress();
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }
}
