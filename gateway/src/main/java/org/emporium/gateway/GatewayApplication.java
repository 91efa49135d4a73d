package org.emporium.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The edge of Emporium: every client request enters here and is checked before it reaches a service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {
    private static final String KEEP_ALIVE_FIX = "reactor.netty.http.server.lastFlushWhenNoRead";
    private static final String ALLOCATOR = "io.netty.allocator.type";

    /*
     * Reactor Netty 1.3.6 (reactor/reactor-netty#4361, #4347): a keep-alive request that arrives before the previous
     * request's operations have terminated is buffered, and when it then completes synchronously (health, liveness,
     * readiness: answered from memory) the connection stops reading, so the next request on that connection waits
     * unread until the client gives up. This flag terminates the previous operations before the next request is
     * looked at, so it is dispatched at once instead of buffered. Read once, when Reactor Netty's HTTP server classes
     * load, hence here, before any server starts; an explicit -D setting wins. Drop it with a Reactor Netty that has
     * the fix (KeepAliveIT says whether it still holds).
     */
    static {
        if (System.getProperty(KEEP_ALIVE_FIX) == null) {
            System.setProperty(KEEP_ALIVE_FIX, "true");
        }
        // Netty 4.2 defaults to its adaptive allocator, which costs more CPU per request than the pooled one for a
        // proxy's short-lived buffers (docs/benchmarks.md); read once when Netty's buffer classes load, so set here.
        if (System.getProperty(ALLOCATOR) == null) {
            System.setProperty(ALLOCATOR, "pooled");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
