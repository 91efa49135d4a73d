package org.emporium.identity.domain.signin;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a sign-in comes from, as throttling counts it: an IPv4 address whole, an IPv6 address by its /64 (one
 * subscriber or site gets a whole /64 and can pick any address in it, so counting single IPv6 addresses would let
 * one client sign in from 2^64 "addresses"). An IPv4-mapped IPv6 address counts as its IPv4 address.
 *
 * @param value the normalized key, e.g. {@code 203.0.113.7} or {@code 2001:db8:1:2::/64}
 */
public record ClientNetwork(String value) {
    /** A literal address (never a host name: parsing one must not resolve it). */
    private static final Pattern LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** The network of {@code address}, a literal IP address as the servlet container reports the client. */
    public static ClientNetwork of(String address) {
        if (address == null || address.isBlank()) {
            return new ClientNetwork("unknown");
        }
        var literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        var zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (!LITERAL.matcher(literal).matches()) {
            return new ClientNetwork(cut(address.strip().toLowerCase(Locale.ROOT)));
        }
        try {
            var parsed = InetAddress.getByName(literal);
            if (parsed instanceof Inet4Address v4) {
                return new ClientNetwork(v4.getHostAddress());
            }
            if (parsed instanceof Inet6Address v6) {
                var prefix = Arrays.copyOf(v6.getAddress(), 16);
                Arrays.fill(prefix, 8, 16, (byte) 0);
                return new ClientNetwork(compressed(prefix) + "/64");
            }
        } catch (UnknownHostException e) {
            // not an address after all: counted as typed
        }
        return new ClientNetwork(cut(literal.toLowerCase(Locale.ROOT)));
    }

    /** The first four groups of an IPv6 address, then {@code ::} (the rest is zero by construction). */
    private static String compressed(byte[] address) {
        var groups = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            var group = ((address[i] & 0xff) << 8) | (address[i + 1] & 0xff);
            groups.append(Integer.toHexString(group)).append(':');
        }
        return groups.append(':').toString();
    }

    private static String cut(String value) {
        return value.length() > 64 ? value.substring(0, 64) : value;
    }

    @Override
    public String toString() {
        return value;
    }
}
