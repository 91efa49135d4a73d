package org.emporium.infra.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisExecProvider;

/**
 * A real Redis 7 server: the binary shipped in {@code org.signal:embedded-redis}, run as its own process.
 *
 * <p>With a data directory it keeps an append-only file there and writes a pid file, so a server left by a
 * hard-killed JVM is found and stopped on the next start.
 */
public final class EmbeddedRedisServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedRedisServer.class);

    private final Process process;
    private final int port;

    private EmbeddedRedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static EmbeddedRedisServer startTemporary() {
        return start(null, FreePorts.find());
    }

    /** @param dataDirectory where the append-only file lives; {@code null} keeps nothing on disk */
    public static EmbeddedRedisServer start(@Nullable Path dataDirectory, int port) {
        try {
            var binary = RedisExecProvider.defaultProvider().get();
            if (!binary.canExecute() && !binary.setExecutable(true)) {
                throw new IOException("Cannot make " + binary + " executable");
            }
            var command = new ArrayList<String>();
            command.add(binary.getAbsolutePath());
            command.addAll(java.util.List.of("--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", ""));
            Path logFile;
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                var pidFile = dataDirectory.resolve("redis.pid");
                if (ProcessFiles.stopLeftover(pidFile, "redis", Duration.ofSeconds(10))) {
                    log.warn("Stopped a Redis server left running by an earlier run in {}", dataDirectory);
                }
                command.addAll(java.util.List.of(
                        "--dir", dataDirectory.toAbsolutePath().toString(),
                        "--appendonly", "yes",
                        "--pidfile", pidFile.toAbsolutePath().toString()));
                logFile = dataDirectory.resolve("redis.log");
            } else {
                command.addAll(java.util.List.of("--appendonly", "no"));
                logFile = Files.createTempFile("emporium-redis", ".log");
                logFile.toFile().deleteOnExit();
            }
            var process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
            var server = new EmbeddedRedisServer(process, port);
            server.awaitListening(Duration.ofSeconds(30), logFile);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Redis did not start on port " + port, e);
        }
    }

    private void awaitListening(Duration timeout, Path logFile) throws IOException {
        var deadline = Instant.now().plus(timeout);
        while (!FreePorts.isListening(port)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                process.destroyForcibly();
                throw new IOException("Redis did not start on port " + port + ": " + Files.readString(logFile));
            }
            try {
                Thread.sleep(50); // polling a port: there is no event to wait on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for Redis", e);
            }
        }
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        ProcessFiles.stop(process.toHandle(), Duration.ofSeconds(10));
    }
}
