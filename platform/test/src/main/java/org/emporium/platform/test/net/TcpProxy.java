package org.emporium.platform.test.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP proxy in front of a server (a broker, a database) that a test can cut and restore, to show what
 * happens when the network fails between an application and that server. While cut, open connections are dropped
 * and new ones are accepted and closed at once, as a restarting server would.
 *
 * <pre>{@code
 * try (var proxy = TcpProxy.start("127.0.0.1", brokerPort)) {
 *     // point the application at proxy.port()
 *     proxy.cut();
 *     proxy.restore();
 * }
 * }</pre>
 */
public final class TcpProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile boolean silent;
    private volatile boolean closed;

    private TcpProxy(ServerSocket server, InetSocketAddress upstream) {
        this.server = server;
        this.upstream = upstream;
    }

    /** Listens on a free loopback port and forwards to {@code host:port}. */
    public static TcpProxy start(String host, int port) {
        try {
            var server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            var proxy = new TcpProxy(server, new InetSocketAddress(host, port));
            Thread.ofVirtual().name("tcp-proxy-accept-" + server.getLocalPort()).start(proxy::accept);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Drops every open connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        cut = true;
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    /**
     * Keeps every connection open but forwards nothing in either direction until {@link #restore()}, as a server
     * that hangs or a network that drops packets would: a client without timeouts waits forever.
     */
    public void silence() {
        silent = true;
    }

    /** Forwards new connections again (and, after {@link #silence()}, traffic on the open ones). */
    public void restore() {
        cut = false;
        silent = false;
    }

    public boolean isCut() {
        return cut;
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(server);
        cut();
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // closed
            }
            if (cut) {
                closeQuietly(client);
                continue;
            }
            Socket target;
            try {
                target = new Socket(upstream.getAddress(), upstream.getPort());
            } catch (IOException e) {
                closeQuietly(client);
                continue;
            }
            sockets.add(client);
            sockets.add(target);
            if (cut) { // cut() ran between the check and the registration
                closeQuietly(client);
                closeQuietly(target);
                continue;
            }
            pump(client, target);
            pump(target, client);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                var buffer = new byte[8192];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (!silent) { // while silent, what arrives is dropped
                        out.write(buffer, 0, read);
                        out.flush();
                    }
                }
            } catch (IOException e) {
                // a side closed: the other goes too
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
