package org.emporium.bench.shop.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A loopback TCP proxy in front of a server (PostgreSQL, Redis, the broker, a service) that adds latency or cuts
 * connections. Latency is a delay line, not a pause per chunk: each chunk travelling towards the server is
 * forwarded {@code delay} after it arrived, so a round trip costs {@code delay} more however many chunks it has,
 * as a slow network link would. Cut drops every open connection and closes new ones at once until restored.
 */
public final class FaultProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress upstream;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile long delayNanos;
    private volatile boolean cut;
    private volatile boolean closed;

    private FaultProxy(ServerSocket server, InetSocketAddress upstream) {
        this.server = server;
        this.upstream = upstream;
    }

    /** Listens on a free loopback port and forwards to {@code host:port}. */
    public static FaultProxy start(String host, int port) {
        try {
            var server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
            var proxy = new FaultProxy(server, new InetSocketAddress(host, port));
            Thread.ofVirtual().name("fault-proxy-" + server.getLocalPort()).start(proxy::accept);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** From now on, traffic towards the server arrives {@code delay} late ({@link Duration#ZERO}: none). */
    public void delay(Duration delay) {
        delayNanos = delay.toNanos();
    }

    /** Drops every open connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        cut = true;
        sockets.forEach(FaultProxy::closeQuietly);
        sockets.clear();
    }

    /** Forwards again, without delay. */
    public void restore() {
        cut = false;
        delayNanos = 0;
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
                return;
            }
            if (cut) {
                closeQuietly(client);
                continue;
            }
            Socket target;
            try {
                target = new Socket(upstream.getAddress(), upstream.getPort());
                target.setTcpNoDelay(true);
                client.setTcpNoDelay(true);
            } catch (IOException e) {
                closeQuietly(client);
                continue;
            }
            sockets.add(client);
            sockets.add(target);
            pump(client, target, true);
            pump(target, client, false);
        }
    }

    private record Chunk(long due, byte[] bytes) {}

    private void pump(Socket from, Socket to, boolean towardsServer) {
        var line = new LinkedBlockingQueue<Chunk>();
        Thread.ofVirtual().start(() -> {
            try (InputStream in = from.getInputStream()) {
                var buffer = new byte[16384];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    long delay = towardsServer ? delayNanos : 0;
                    line.put(new Chunk(System.nanoTime() + delay, Arrays.copyOf(buffer, read)));
                }
            } catch (IOException | InterruptedException e) {
                // a side closed: the other goes too
            } finally {
                line.add(new Chunk(0, new byte[0])); // end of stream
            }
        });
        Thread.ofVirtual().start(() -> {
            try (OutputStream out = to.getOutputStream()) {
                while (true) {
                    var chunk = line.take();
                    if (chunk.bytes().length == 0) {
                        break;
                    }
                    long wait = chunk.due() - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(Duration.ofNanos(wait));
                    }
                    out.write(chunk.bytes());
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // closed
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
