package org.emporium.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

/** An upstream that accepts connections and closes them without answering: the request never got a response. */
final class FlakyUpstream {
    static final FlakyUpstream INSTANCE = new FlakyUpstream();

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();

    private FlakyUpstream() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("flaky-upstream").start(() -> {
            while (!socket.isClosed()) {
                try (var connection = socket.accept()) {
                    connections.incrementAndGet();
                    connection.setSoLinger(true, 0); // reset, not a graceful close
                } catch (IOException e) {
                    // closed
                }
            }
        });
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    void resetCount() {
        connections.set(0);
    }
}
