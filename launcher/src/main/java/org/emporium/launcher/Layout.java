package org.emporium.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things live: the repository (service jars) and the data folder ({@code .emporium/} by default), which
 * survives {@code down}/{@code up}.
 *
 * <pre>
 * pg/ redis/ amqp/        embedded servers' data
 * data/&lt;service&gt;/        each service's own files (EMPORIUM_DATA_DIR)
 * aot/&lt;service&gt;/&lt;key&gt;/  the exec jar extracted (app/) and its AOT cache (app.aot), per jar content: a running
 *                         service uses it, so rebuilds cannot break it
 * jars/                   copies of the launcher's jars (infra/) and of jars that are not Boot jars
 * logs/&lt;name&gt;.log        stdout and stderr of each process
 * run/&lt;name&gt;.pid         pid of each process started; run/infra.ready, run/endpoints.properties
 * run/supervisor.properties  what the supervisor watches; run/&lt;service&gt;.supervision.properties its restarts
 * ports.properties        ports chosen, reused while free
 * secrets.properties      generated database passwords
 * </pre>
 */
public record Layout(Path repository, Path root) {

    public Layout {
        repository = repository.toAbsolutePath().normalize();
        root = root.toAbsolutePath().normalize();
    }

    /** The default: {@code <repository>/.emporium}. */
    public static Layout of(Path repository) {
        return new Layout(repository, repository.resolve(".emporium"));
    }

    public Path postgresData() {
        return root.resolve("pg");
    }

    public Path redisData() {
        return root.resolve("redis");
    }

    public Path amqpWork() {
        return root.resolve("amqp");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path run() {
        return root.resolve("run");
    }

    public Path serviceData(String service) {
        return root.resolve("data").resolve(service);
    }

    /**
     * AOT caches and the extracted jars they belong to: {@code aot/<service>/<key>/} ({@link AotCache}), always in
     * the repository's own {@code .emporium/}: keyed by the jar's content, they are shared by every data folder of
     * the repository (the e2e suite's too), so a jar is trained once, not once per data folder.
     */
    public Path aot() {
        return repository.resolve(".emporium").resolve("aot");
    }

    /** The copy of a jar that is not a Spring Boot jar (no extracted form, no AOT cache) that its process runs. */
    public Path jarCopy(String service) {
        return root.resolve("jars").resolve(service + ".jar");
    }

    /** Copies of the launcher's own jars that its long-lived processes (the infrastructure host) run from. */
    public Path launcherJars() {
        return root.resolve("jars").resolve("infra");
    }

    public Path logFile(String name) {
        return logs().resolve(name + ".log");
    }

    public Path pidFile(String name) {
        return run().resolve(name + ".pid");
    }

    public Path infraReadyFile() {
        return run().resolve("infra.ready");
    }

    /** What {@code up} told the supervisor to watch and how to start it. */
    public Path supervisorFile() {
        return run().resolve("supervisor.properties");
    }

    /** The service table {@code up} used, for the supervisor. */
    public Path servicesFile() {
        return run().resolve("services.tsv");
    }

    /** The supervisor's record of one service: restarts, last exit, a pending restart. */
    public Path supervisionFile(String service) {
        return run().resolve(service + ".supervision.properties");
    }

    public Path endpointsFile() {
        return run().resolve("endpoints.properties");
    }

    public Path portsFile() {
        return root.resolve("ports.properties");
    }

    public Path secretsFile() {
        return root.resolve("secrets.properties");
    }

    void createDirectories() {
        try {
            for (var dir : new Path[] {logs(), run(), root.resolve("data")}) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + root, e);
        }
    }
}
