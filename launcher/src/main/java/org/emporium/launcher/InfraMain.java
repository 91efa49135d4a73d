package org.emporium.launcher;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.emporium.infra.embedded.EmbeddedAmqpBroker;
import org.emporium.infra.embedded.EmbeddedPostgresServer;
import org.emporium.infra.embedded.EmbeddedRedisServer;

/**
 * The infrastructure host process: runs embedded PostgreSQL, Redis and Qpid Broker-J on the given ports with
 * their data in the data folder, announces readiness by writing {@code run/infra.ready}, and stops all three
 * on SIGTERM. PostgreSQL and Redis are processes of their own; if this JVM is killed hard they are found
 * through their pid files and stopped by the next {@code up} or {@code down}.
 *
 * <p>Usage: {@code InfraMain <data folder> <postgres port> <redis port> <amqp port>}
 */
public final class InfraMain {
    private InfraMain() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 4) {
            System.err.println("usage: InfraMain <data folder> <postgres port> <redis port> <amqp port>");
            System.exit(2);
        }
        var layout = new Layout(Path.of("."), Path.of(args[0]));
        int postgresPort = Integer.parseInt(args[1]);
        int redisPort = Integer.parseInt(args[2]);
        int amqpPort = Integer.parseInt(args[3]);

        var running = new Running();
        var control = new InfraControl(layout); // the fault suite restarts Redis and the broker in place
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running, layout), "infra-stop"));
        // PostgreSQL (initdb on a fresh folder, then its own processes: mostly waiting) starts on a thread of its own
        // while this one starts Redis and the broker (the broker is CPU work in this JVM): ready after the slower of
        // the two, not after their sum (docs/benchmarks.md, start-up). Each server is kept as soon as it runs, so a
        // SIGTERM at any point stops every one that started; PostgreSQL is stopped last.
        log("starting PostgreSQL on port " + postgresPort);
        var postgres = new CompletableFuture<Void>();
        Thread.ofPlatform().name("infra-postgres").start(() -> {
            try {
                running.keep(EmbeddedPostgresServer.start(layout.postgresData(), postgresPort), true);
                postgres.complete(null);
            } catch (Throwable e) {
                postgres.completeExceptionally(e);
            }
        });
        Throwable failure = null;
        try {
            log("starting Redis on port " + redisPort);
            running.keep(
                    control.manage(
                            InfraControl.Server.REDIS, () -> EmbeddedRedisServer.start(layout.redisData(), redisPort)),
                    false);
            log("starting Qpid Broker-J (AMQP 0-9-1) on port " + amqpPort);
            running.keep(
                    control.manage(
                            InfraControl.Server.AMQP, () -> EmbeddedAmqpBroker.start(layout.amqpWork(), amqpPort)),
                    false);
        } catch (Throwable e) {
            failure = e;
        }
        try {
            postgres.join();
        } catch (CompletionException e) {
            failure = failure == null ? e.getCause() : failure;
        }
        if (failure != null) {
            failure.printStackTrace();
            System.exit(1); // the shutdown hook stops whatever did start
        }
        var ready = new LinkedHashMap<String, String>();
        ready.put("pid", Long.toString(ProcessHandle.current().pid()));
        ready.put("postgres", Integer.toString(postgresPort));
        ready.put("redis", Integer.toString(redisPort));
        ready.put("amqp", Integer.toString(amqpPort));
        control.serve();
        PropertiesFile.write(layout.infraReadyFile(), ready, false);
        log("ready");
        new CountDownLatch(1).await(); // until SIGTERM
    }

    private static void stop(Running running, Layout layout) {
        DetachedProcesses.deleteQuietly(layout.infraReadyFile());
        for (var server : running.stopping()) {
            try {
                log("stopping " + server.getClass().getSimpleName());
                server.close();
            } catch (Exception e) {
                System.err.println("could not stop " + server.getClass().getSimpleName() + ": " + e);
            }
        }
        log("stopped");
    }

    /**
     * The servers that run, in the order they are stopped. Once stopping has begun, a server whose start ends
     * after it is closed at once instead of being kept (PostgreSQL's start can end after a SIGTERM came).
     */
    private static final class Running {
        private final Deque<AutoCloseable> servers = new ArrayDeque<>();
        private boolean stopping;

        /** @param last stopped after all the others (PostgreSQL, which the others' users need to the end) */
        void keep(AutoCloseable server, boolean last) throws Exception {
            synchronized (this) {
                if (!stopping) {
                    if (last) {
                        servers.addLast(server);
                    } else {
                        servers.addFirst(server);
                    }
                    return;
                }
            }
            server.close();
        }

        synchronized List<AutoCloseable> stopping() {
            stopping = true;
            var all = List.copyOf(servers);
            servers.clear();
            return all;
        }
    }

    private static void log(String message) {
        System.out.println("[infra] " + message);
        System.out.flush();
    }
}
