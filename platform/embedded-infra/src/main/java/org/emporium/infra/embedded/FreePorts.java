package org.emporium.infra.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Loopback port helpers: the embedded stack never assumes a default port is free. */
public final class FreePorts {
    private FreePorts() {}

    /** A port that was free on 127.0.0.1 a moment ago (the usual race applies; callers retry on bind failure). */
    public static int find() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free loopback port", e);
        }
    }

    /** {@code preferred} when nothing listens on it, otherwise a free one. */
    public static int preferOrFind(int preferred) {
        return preferred > 0 && isFree(preferred) ? preferred : find();
    }

    /**
     * True when nothing listens on {@code port} on any local address: a server bound to the wildcard address (as
     * Tomcat and Netty are by default) would also take loopback connections.
     */
    public static boolean isFree(int port) {
        if (isListening(port)) {
            return false;
        }
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean isListening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
