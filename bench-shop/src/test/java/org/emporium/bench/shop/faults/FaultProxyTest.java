package org.emporium.bench.shop.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultProxyTest {
    private ServerSocket echo;

    @BeforeEach
    void startEchoServer() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!echo.isClosed()) {
                try {
                    var socket = echo.accept();
                    Thread.ofVirtual().start(() -> {
                        try (socket) {
                            socket.getInputStream().transferTo(socket.getOutputStream());
                        } catch (IOException ignored) {
                            // client went away
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    @AfterEach
    void stopEchoServer() throws IOException {
        echo.close();
    }

    /** Milliseconds for one byte to go through the proxy to the echo server and back. */
    private static long roundTrip(Socket socket) throws IOException {
        long started = System.nanoTime();
        socket.getOutputStream().write('x');
        socket.getOutputStream().flush();
        assertThat(socket.getInputStream().read()).isEqualTo('x');
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Test
    void addsTheDelayToEachRoundTripUntilItIsTakenAway() throws IOException {
        try (var proxy = FaultProxy.start("127.0.0.1", echo.getLocalPort());
                var socket = new Socket("127.0.0.1", proxy.port())) {
            roundTrip(socket);

            proxy.delay(Duration.ofMillis(300));
            long slow = roundTrip(socket);
            proxy.delay(Duration.ZERO);
            long fast = roundTrip(socket);

            assertThat(slow).isGreaterThanOrEqualTo(300);
            assertThat(fast).isLessThan(slow);
        }
    }

    @Test
    void cutDropsOpenConnectionsAndRefusesNewOnesUntilRestored() throws IOException {
        try (var proxy = FaultProxy.start("127.0.0.1", echo.getLocalPort())) {
            var open = new Socket("127.0.0.1", proxy.port());
            roundTrip(open);

            proxy.cut();

            open.setSoTimeout(5000);
            assertThatThrownBy(() -> {
                        open.getOutputStream().write('x');
                        if (open.getInputStream().read() < 0) {
                            throw new IOException("closed");
                        }
                    })
                    .isInstanceOf(IOException.class);
            try (var refused = new Socket("127.0.0.1", proxy.port())) {
                refused.setSoTimeout(5000);
                assertThat(refused.getInputStream().read()).as("closed at once").isEqualTo(-1);
            }
            proxy.restore();
            try (var again = new Socket("127.0.0.1", proxy.port())) {
                roundTrip(again);
            }
        }
    }
}
