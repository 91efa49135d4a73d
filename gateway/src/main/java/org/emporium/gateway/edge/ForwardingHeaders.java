package org.emporium.gateway.edge;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells a service where a proxied request came from, in the headers Tomcat's {@code RemoteIpValve} and Spring read
 * ({@code server.forward-headers-strategy}):
 *
 * <ul>
 *   <li>{@code X-Forwarded-For}: the {@link ClientAddress}, then the trusted proxies it came through, the last one the
 *       gateway's peer — just the client when the peer is not a trusted proxy;
 *   <li>{@code X-Forwarded-Proto}, {@code -Host}, {@code -Port}: what a trusted proxy sent, else the scheme of this
 *       connection and the client's {@code Host} (the port from {@code Host}, or the scheme's default).
 * </ul>
 *
 * A port is always sent: Tomcat takes the port from {@code X-Forwarded-Port} only, and without it would build links
 * to port 80 or 443. {@code traceparent} is the gateway's server span ({@link TraceIds#traceparent}): Spring Cloud
 * Gateway's client observation is off ({@code observability.enabled: false}), so one span per request is opened, not
 * two. Spring Cloud Gateway's own {@code X-Forwarded-*}/{@code Forwarded} filters are switched off in
 * {@code application.yml}; this is the one place these headers are written.
 */
public final class ForwardingHeaders implements HttpHeadersFilter {
    static final String FOR = "X-Forwarded-For";
    static final String PROTO = "X-Forwarded-Proto";
    static final String HOST = "X-Forwarded-Host";
    static final String PORT = "X-Forwarded-Port";
    static final String TRACEPARENT = "traceparent";
    static final String TRACESTATE = "tracestate";

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        var request = exchange.getRequest();
        ClientAddress client = exchange.getAttribute(ClientAddress.ATTRIBUTE);
        boolean keepProxyValues = client != null && client.viaTrustedProxy();

        var headers = new HttpHeaders();
        for (Map.Entry<String, List<String>> header : input.headerSet()) {
            headers.addAll(header.getKey(), header.getValue());
        }
        if (client == null) {
            headers.remove(FOR);
        } else {
            headers.set(FOR, client.forwardedFor());
        }
        var proto = keepProxyValues && headers.containsHeader(PROTO)
                ? firstOf(headers.getFirst(PROTO))
                : request.getURI().getScheme();
        var host = keepProxyValues && headers.containsHeader(HOST)
                ? firstOf(headers.getFirst(HOST))
                : hostOf(request.getHeaders().getFirst(HttpHeaders.HOST), request.getURI());
        if (!keepProxyValues || !headers.containsHeader(PROTO)) {
            headers.set(PROTO, proto);
        }
        if (!keepProxyValues || !headers.containsHeader(HOST)) {
            headers.set(HOST, host);
        }
        if (!keepProxyValues || !headers.containsHeader(PORT)) {
            headers.set(PORT, portOf(host, proto));
        }
        // The service's spans are children of the gateway's server span (not of whatever the client sent).
        var traceparent = TraceIds.traceparent(exchange);
        if (traceparent.isPresent()) {
            headers.set(TRACEPARENT, traceparent.get());
        } else {
            headers.remove(TRACEPARENT);
            headers.remove(TRACESTATE);
        }
        return headers;
    }

    private static String firstOf(String value) {
        int comma = value.indexOf(',');
        return (comma < 0 ? value : value.substring(0, comma)).strip();
    }

    private static String hostOf(String hostHeader, URI uri) {
        if (hostHeader != null && !hostHeader.isBlank()) {
            return hostHeader.strip();
        }
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    /** The port in {@code host} ({@code name:port} or {@code [v6]:port}), else the default port of {@code proto}. */
    static String portOf(String host, String proto) {
        int colon = host.lastIndexOf(':');
        if (colon > 0 && colon > host.lastIndexOf(']')) {
            var port = host.substring(colon + 1);
            if (!port.isEmpty() && port.chars().allMatch(Character::isDigit)) {
                return port;
            }
        }
        return "https".equalsIgnoreCase(proto) ? "443" : "80";
    }
}
