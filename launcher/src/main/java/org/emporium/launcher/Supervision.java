package org.emporium.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** Starting, finding and stopping the {@link Supervisor} process of one data folder. */
final class Supervision {
    private static final Duration GRACE = Duration.ofSeconds(40);

    private final Platform.Options options;
    private final Layout layout;
    private final PrintStream out;

    Supervision(Platform.Options options) {
        this.options = options;
        this.layout = options.layout();
        this.out = options.out();
    }

    Optional<ProcessHandle> live() {
        return DetachedProcesses.live(layout.pidFile(Supervisor.NAME), Supervisor.NAME);
    }

    /**
     * Starts a supervisor for {@code services} (replacing a running one); none when the list is empty. {@code table}
     * is the service table they come from, handed over in {@code run/services.tsv}.
     */
    void start(List<String> services, List<ServiceDefinition> table) {
        stop();
        if (services.isEmpty()) {
            return;
        }
        try {
            JarCopies.replace(
                    layout.servicesFile(),
                    file -> java.nio.file.Files.writeString(file, ServiceRegistry.format(table)));
        } catch (java.io.IOException e) {
            throw new LaunchException("Cannot write " + layout.servicesFile(), e);
        }
        var settings = new LinkedHashMap<String, String>();
        settings.put("services", String.join(",", services));
        settings.put("external", Boolean.toString(options.external()));
        settings.put("java", options.javaCommand());
        for (int i = 0; i < options.serviceJvmOptions().size(); i++) {
            settings.put("jvm." + i, options.serviceJvmOptions().get(i));
        }
        PropertiesFile.write(layout.supervisorFile(), settings, false);
        var command = new ArrayList<String>(List.of(
                options.javaCommand(),
                "-Xmx64m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                DetachedProcesses.MARKER + Supervisor.NAME,
                "-cp",
                JarCopies.stableClasspath(options.classpath(), layout, layout.launcherJars()),
                Supervisor.class.getName(),
                layout.repository().toString(),
                layout.root().toString()));
        var logFile = layout.logFile(Supervisor.NAME);
        LogFiles.rotate(logFile, LogFiles.header(Supervisor.NAME));
        var process = DetachedProcesses.start(
                command, options.environment(), layout.root(), logFile, layout.pidFile(Supervisor.NAME));
        // Until the child has exec'd the JVM (the JDK forks through jspawnhelper), its command line is not the
        // supervisor's, and status/down right after this up would not recognise it: wait for that (milliseconds).
        var deadline = java.time.Instant.now().plusSeconds(5);
        while (process.isAlive() && live().isEmpty() && java.time.Instant.now().isBefore(deadline)) {
            Elapsed.pause(java.time.Duration.ofMillis(10));
        }
        out.printf("  %-10s watching %s (pid %d)%n", Supervisor.NAME, String.join(", ", services), process.pid());
    }

    /**
     * Stops the supervisor, cancelling its pending restarts; true if one ran. Only the supervisor itself: the
     * services it restarted are its child processes, and they keep running until {@code down} stops them in order.
     */
    boolean stop() {
        var live = live();
        live.ifPresent(Supervision::stopAlone);
        DetachedProcesses.deleteQuietly(layout.pidFile(Supervisor.NAME));
        return live.isPresent();
    }

    private static void stopAlone(ProcessHandle supervisor) {
        supervisor.destroy();
        try {
            supervisor.onExit().get(GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            supervisor.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
