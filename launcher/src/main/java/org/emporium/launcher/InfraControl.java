package org.emporium.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Stops and starts the embedded Redis and AMQP broker in place, on their ports and with their data, while the rest
 * of the platform keeps running: the hook the fault suite (bench-shop, e2e {@code FaultsIT}) uses to restart the
 * broker or take Redis away for a while. PostgreSQL is not managed here (a service's database is delayed or cut
 * through a proxy instead, {@link InfraOverrides}).
 *
 * <p>The infrastructure host ({@link InfraMain}) {@linkplain #manage manages} each server and {@linkplain #serve
 * serves} requests; any process that knows the data folder {@linkplain #request requests} a change. A request is a
 * file {@code run/infra-control/<id>.request} holding {@code stop redis}, {@code start amqp}…; the answer is {@code
 * <id>.done} ({@code ok} or the error). Files, not a socket: nothing new listens, and only who may write the data
 * folder may ask.
 */
public final class InfraControl {
    /** A server the host can stop and start. */
    public enum Server {
        REDIS,
        AMQP;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Duration POLL = Duration.ofMillis(100);

    private final Path directory;
    private final Map<Server, Managed> managed = new ConcurrentHashMap<>();

    InfraControl(Layout layout) {
        this.directory = directory(layout);
    }

    private static Path directory(Layout layout) {
        return layout.run().resolve("infra-control");
    }

    /** One server: how to start it and the instance running now, if any. */
    private static final class Managed implements AutoCloseable {
        private final Supplier<AutoCloseable> starter;
        private AutoCloseable current;

        Managed(Supplier<AutoCloseable> starter) {
            this.starter = starter;
            this.current = starter.get();
        }

        synchronized void stop() throws Exception {
            if (current != null) {
                var running = current;
                current = null;
                running.close();
            }
        }

        synchronized void start() {
            if (current == null) {
                current = starter.get();
            }
        }

        @Override
        public void close() throws Exception {
            stop();
        }
    }

    /**
     * Starts {@code server} now and keeps the means to restart it.
     *
     * @return closes whichever instance runs at the time (for the host's shutdown)
     */
    AutoCloseable manage(Server server, Supplier<AutoCloseable> starter) {
        var entry = new Managed(starter);
        managed.put(server, entry);
        return entry;
    }

    /** Answers requests on a daemon thread until the JVM ends or the returned handle is closed. */
    AutoCloseable serve() {
        try {
            Files.createDirectories(directory);
            // a request left from before this host started was for servers that are gone: never act on it late
            try (var stale = Files.newDirectoryStream(directory)) {
                for (var file : stale) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var serving = new java.util.concurrent.atomic.AtomicBoolean(true);
        var thread = Thread.ofPlatform().daemon().name("infra-control").start(() -> {
            while (serving.get()) {
                try (var requests = Files.newDirectoryStream(directory, "*.request")) {
                    for (var request : requests) {
                        answer(request);
                    }
                } catch (IOException e) {
                    System.err.println("[infra] control: " + e);
                }
                Elapsed.pause(POLL);
            }
        });
        return () -> {
            serving.set(false);
            thread.join();
        };
    }

    private void answer(Path request) throws IOException {
        var name = request.getFileName().toString();
        var done = request.resolveSibling(name.substring(0, name.length() - ".request".length()) + ".done");
        String result;
        try {
            var words = Files.readString(request).trim().split("\\s+");
            var server = Server.valueOf(words[1].toUpperCase(Locale.ROOT));
            var entry = managed.get(server);
            if (entry == null) {
                throw new IllegalArgumentException(server.key() + " is not managed by this host");
            }
            System.out.println("[infra] control: " + words[0] + " " + server.key());
            switch (words[0]) {
                case "stop" -> entry.stop();
                case "start" -> entry.start();
                default -> throw new IllegalArgumentException("unknown action " + words[0]);
            }
            result = "ok";
        } catch (Exception e) {
            result = "failed: " + e;
        }
        var partial = done.resolveSibling(done.getFileName() + ".tmp");
        Files.writeString(partial, result);
        Files.move(partial, done, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(request);
    }

    /** Stops {@code server} of the platform in {@code layout} and waits until the host says it is done. */
    public static void stop(Layout layout, Server server, Duration timeout) {
        request(layout, "stop " + server.key(), timeout);
    }

    /** Starts {@code server} again (same port, same data) and waits until it listens. */
    public static void start(Layout layout, Server server, Duration timeout) {
        request(layout, "start " + server.key(), timeout);
    }

    private static void request(Layout layout, String command, Duration timeout) {
        var directory = directory(layout);
        var id = UUID.randomUUID().toString();
        var done = directory.resolve(id + ".done");
        try {
            Files.createDirectories(directory);
            var partial = directory.resolve(id + ".tmp");
            Files.writeString(partial, command);
            Files.move(partial, directory.resolve(id + ".request"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            var started = Instant.now();
            while (!Files.exists(done)) {
                if (Elapsed.longerThan(started, timeout)) {
                    throw new IllegalStateException("The infrastructure host did not answer '" + command + "' within "
                            + timeout.toSeconds() + " s (is it running? " + layout.root() + ")");
                }
                Elapsed.pause(POLL);
            }
            var result = Files.readString(done).trim();
            Files.deleteIfExists(done);
            if (!result.equals("ok")) {
                throw new IllegalStateException("'" + command + "' " + result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
