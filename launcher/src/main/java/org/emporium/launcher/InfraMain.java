package org.emporium.launcher;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
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

        Deque<AutoCloseable> running = new ConcurrentLinkedDeque<>();
        var control = new InfraControl(layout); // the fault suite restarts Redis and the broker in place
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(running, layout), "infra-stop"));
        // PostgreSQL (initdb on a fresh folder, then its own processes: mostly waiting) starts on a thread of its own
        // while this one starts Redis and the broker (the broker is CPU work in this JVM): ready after the slower of
        // the two, not after their sum (docs/benchmarks.md, start-up).
        log("starting PostgreSQL on port " + postgresPort);
        var postgres = new CompletableFuture<AutoCloseable>();
        Thread.ofPlatform().name("infra-postgres").start(() -> {
            try {
                postgres.complete(EmbeddedPostgresServer.start(layout.postgresData(), postgresPort));
            } catch (Throwable e) {
                postgres.completeExceptionally(e);
            }
        });
        RuntimeException failure = null;
        var others = new ArrayDeque<AutoCloseable>();
        try {
            log("starting Redis on port " + redisPort);
            others.push(control.manage(
                    InfraControl.Server.REDIS, () -> EmbeddedRedisServer.start(layout.redisData(), redisPort)));
            log("starting Qpid Broker-J (AMQP 0-9-1) on port " + amqpPort);
            others.push(control.manage(
                    InfraControl.Server.AMQP, () -> EmbeddedAmqpBroker.start(layout.amqpWork(), amqpPort)));
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            running.push(postgres.join()); // stopped last: pushed first
        } catch (CompletionException e) {
            failure = failure == null ? e : failure;
        }
        while (!others.isEmpty()) {
            running.push(others.removeLast());
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

    private static void stop(Deque<AutoCloseable> running, Layout layout) {
        DetachedProcesses.deleteQuietly(layout.infraReadyFile());
        while (!running.isEmpty()) {
            var server = running.pop();
            try {
                log("stopping " + server.getClass().getSimpleName());
                server.close();
            } catch (Exception e) {
                System.err.println("could not stop " + server.getClass().getSimpleName() + ": " + e);
            }
        }
        log("stopped");
    }

    private static void log(String message) {
        System.out.println("[infra] " + message);
        System.out.flush();
    }
}
