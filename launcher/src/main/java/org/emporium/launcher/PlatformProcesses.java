package org.emporium.launcher;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.emporium.infra.embedded.ProcessFiles;

/**
 * The live processes of one platform by name, read from its pid files each time (a restarted service has a new
 * pid): every service of the registry that runs, {@code infra} (the host, with the embedded broker in it), {@code
 * postgres} (the postmaster; its backends are its descendants) and {@code redis}. For benchmarks that report CPU
 * and memory per process, and for the fault suite that kills one.
 */
public final class PlatformProcesses {
    public static final String INFRA = Platform.INFRA;
    public static final String POSTGRES = "postgres";
    public static final String REDIS = "redis";

    private PlatformProcesses() {}

    /** Name → live process, in the registry's order, then the infrastructure. */
    public static Map<String, ProcessHandle> live(Layout layout) {
        var result = new LinkedHashMap<String, ProcessHandle>();
        for (var service : ServiceRegistry.SERVICES) {
            service(layout, service.name()).ifPresent(p -> result.put(service.name(), p));
        }
        DetachedProcesses.live(layout.pidFile(Platform.INFRA), Platform.INFRA).ifPresent(p -> result.put(INFRA, p));
        ProcessFiles.liveProcess(layout.postgresData().resolve("postmaster.pid"))
                .ifPresent(p -> result.put(POSTGRES, p));
        ProcessFiles.liveProcess(layout.redisData().resolve("redis.pid")).ifPresent(p -> result.put(REDIS, p));
        return result;
    }

    /** The live process of {@code service}, if it runs. */
    public static Optional<ProcessHandle> service(Layout layout, String service) {
        return DetachedProcesses.live(layout.pidFile(service), service);
    }
}
