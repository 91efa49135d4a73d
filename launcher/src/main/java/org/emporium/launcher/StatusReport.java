package org.emporium.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.emporium.infra.embedded.ProcessFiles;

/** {@code status}: each server and each service of the registry with its address, pid and health. */
final class StatusReport {
    private final Layout layout;

    StatusReport(Layout layout) {
        this.layout = layout;
    }

    List<Platform.StatusLine> lines() {
        var lines = new ArrayList<Platform.StatusLine>();
        var endpoints = PropertiesFile.read(layout.endpointsFile());
        var remembered = PropertiesFile.read(layout.portsFile());
        boolean external = "external".equals(endpoints.get("mode"));
        var infraPid = DetachedProcesses.live(layout.pidFile(Platform.INFRA), Platform.INFRA)
                .map(p -> Long.toString(p.pid()))
                .orElse("-");
        var servers = new LinkedHashMap<String, Optional<String>>();
        servers.put(
                "postgres",
                ProcessFiles.liveProcess(layout.postgresData().resolve("postmaster.pid"))
                        .map(p -> Long.toString(p.pid())));
        servers.put(
                "redis",
                ProcessFiles.liveProcess(layout.redisData().resolve("redis.pid"))
                        .map(p -> Long.toString(p.pid())));
        servers.put("amqp", Optional.of(infraPid).filter(p -> !p.equals("-")));
        for (var server : servers.entrySet()) {
            var name = server.getKey();
            var host = endpoints.getOrDefault(name + ".host", InfraEndpoints.EMBEDDED_HOST);
            var port = endpoints.getOrDefault(name + ".port", remembered.get(name));
            var pid = external ? "external" : server.getValue().orElse("-");
            String health;
            if (endpoints.isEmpty()) {
                health = server.getValue().isPresent() ? "left over (./emporium down stops it)" : "stopped";
            } else {
                health = Platform.reachable(host, Integer.parseInt(port)) ? "UP" : "DOWN";
            }
            lines.add(new Platform.StatusLine(name, port == null ? "-" : host + ":" + port, pid, health));
        }
        for (var service : ServiceRegistry.SERVICES) {
            var port = remembered.get(service.name());
            var live = DetachedProcesses.live(layout.pidFile(service.name()), service.name());
            String health;
            if (live.isPresent()) {
                health = port == null
                        ? "running"
                        : Readiness.probe(Integer.parseInt(port)).describe();
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
                    live.map(p -> Long.toString(p.pid())).orElse("-"),
                    health,
                    Integer.parseInt(supervision.getOrDefault("restarts", "0")),
                    supervision.getOrDefault("lastExit", "")));
        }
        var supervisor = DetachedProcesses.live(layout.pidFile(Supervisor.NAME), Supervisor.NAME);
        lines.add(new Platform.StatusLine(
                Supervisor.NAME,
                "-",
                supervisor.map(p -> Long.toString(p.pid())).orElse("-"),
                supervisor.isPresent()
                        ? "watching "
                                + PropertiesFile.read(layout.supervisorFile()).getOrDefault("services", "")
                        : "stopped"));
        return lines;
    }
}
