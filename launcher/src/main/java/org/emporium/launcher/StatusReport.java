package org.emporium.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.emporium.infra.embedded.ProcessFiles;

/**
 * {@code status}: each server and each service of the table with its address, pid, state (health), uptime and
 * resident memory, and what the supervisor knows of its restarts.
 */
final class StatusReport {
    private final Layout layout;
    private final List<ServiceDefinition> services;

    StatusReport(Layout layout, List<ServiceDefinition> services) {
        this.layout = layout;
        this.services = services;
    }

    List<Platform.StatusLine> lines() {
        var lines = new ArrayList<Platform.StatusLine>();
        var endpoints = PropertiesFile.read(layout.endpointsFile());
        var remembered = PropertiesFile.read(layout.portsFile());
        boolean external = "external".equals(endpoints.get("mode"));
        var host = DetachedProcesses.live(layout.pidFile(Platform.INFRA), Platform.INFRA);
        // PostgreSQL's figures include its backends; the infrastructure host's (Qpid's JVM) are its own.
        var servers = new LinkedHashMap<String, Optional<ProcessHandle>>();
        servers.put("postgres", ProcessFiles.liveProcess(layout.postgresData().resolve("postmaster.pid")));
        servers.put("redis", ProcessFiles.liveProcess(layout.redisData().resolve("redis.pid")));
        servers.put("amqp", host);
        for (var server : servers.entrySet()) {
            var name = server.getKey();
            var address = endpoints.getOrDefault(name + ".host", InfraEndpoints.EMBEDDED_HOST);
            var port = endpoints.getOrDefault(name + ".port", remembered.get(name));
            var process = external ? Optional.<ProcessHandle>empty() : server.getValue();
            String health;
            if (endpoints.isEmpty()) {
                health = server.getValue().isPresent() ? "left over (./emporium down stops it)" : "stopped";
            } else {
                health = Platform.reachable(address, Integer.parseInt(port)) ? "UP" : "DOWN";
            }
            lines.add(new Platform.StatusLine(
                    name,
                    port == null ? "-" : address + ":" + port,
                    external ? "external" : pid(process),
                    health,
                    0,
                    "",
                    uptime(process),
                    rss(process, name.equals("postgres"))));
        }
        for (var service : services) {
            var port = remembered.get(service.name());
            var live = DetachedProcesses.live(layout.pidFile(service.name()), service.name());
            var training = DetachedProcesses.live(
                    layout.pidFile(ServiceSpawner.trainingName(service.name())),
                    ServiceSpawner.trainingName(service.name()));
            String health;
            if (live.isPresent()) {
                health = port == null
                        ? "running"
                        : Readiness.probe(Integer.parseInt(port)).describe();
                if (training.isPresent()) {
                    health += " (training its AOT cache for the next start)";
                }
            } else if (training.isPresent()) {
                health = "training its AOT cache";
                live = training;
            } else if (service.execJar(layout.repository()).isEmpty()) {
                health = "not built";
            } else {
                health = "stopped";
            }
            var supervision = PropertiesFile.read(layout.supervisionFile(service.name()));
            var pending = supervision.getOrDefault("pendingRestartAt", "");
            if (!pending.isEmpty() && live.isEmpty()) {
                health = "restart pending (at " + pending + ")";
            }
            lines.add(new Platform.StatusLine(
                    service.name(),
                    port == null ? "-" : "127.0.0.1:" + port,
                    pid(live),
                    health,
                    Integer.parseInt(supervision.getOrDefault("restarts", "0")),
                    supervision.getOrDefault("lastExit", ""),
                    uptime(live),
                    rss(live, false)));
        }
        var supervisor = DetachedProcesses.live(layout.pidFile(Supervisor.NAME), Supervisor.NAME);
        lines.add(new Platform.StatusLine(
                Supervisor.NAME,
                "-",
                pid(supervisor),
                supervisor.isPresent()
                        ? "watching "
                                + PropertiesFile.read(layout.supervisorFile()).getOrDefault("services", "")
                        : "stopped",
                0,
                "",
                uptime(supervisor),
                rss(supervisor, false)));
        return lines;
    }

    private static String pid(Optional<ProcessHandle> process) {
        return process.map(p -> Long.toString(p.pid())).orElse("-");
    }

    private static String uptime(Optional<ProcessHandle> process) {
        return process.flatMap(p -> p.info().startInstant())
                .map(start -> ProcessMemory.duration(java.time.Duration.between(start, java.time.Instant.now())))
                .orElse("-");
    }

    private static String rss(Optional<ProcessHandle> process, boolean withDescendants) {
        if (process.isEmpty()) {
            return "-";
        }
        var all = withDescendants
                ? Stream.concat(Stream.of(process.get()), process.get().descendants())
                        .toList()
                : List.of(process.get());
        var kib = ProcessMemory.residentKib(all);
        if (kib.isEmpty()) {
            return "?";
        }
        var mib = kib.getAsLong() / 1024;
        return all.size() > 1 ? mib + " MiB (" + all.size() + " processes)" : mib + " MiB";
    }
}
