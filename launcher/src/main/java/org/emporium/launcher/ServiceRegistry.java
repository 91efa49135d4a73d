package org.emporium.launcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every deployable the launcher knows, in declaration order, and the demo accounts identity seeds in its
 * {@code dev} profile. A service takes part in a run only once its executable jar is built.
 */
public final class ServiceRegistry {
    public static final String IDENTITY = "identity";
    public static final String GATEWAY = "gateway";

    /** A sign-in that exists in the {@code dev} profile only. */
    public record DemoAccount(String username, String password, String role) {}

    public static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin@emporium.dev", "Admin123!demo", "ADMIN"),
            new DemoAccount("customer@emporium.dev", "Customer123!demo", "CUSTOMER"));

    private static final List<String> AFTER_IDENTITY = List.of(IDENTITY);

    public static final List<ServiceDefinition> SERVICES = List.of(
            new ServiceDefinition(IDENTITY, 9001, "services/identity", true, false, true, List.of(), Map.of()),
            new ServiceDefinition(
                    "catalog",
                    9002,
                    "services/catalog",
                    true,
                    false,
                    true,
                    AFTER_IDENTITY,
                    Map.of("EMPORIUM_IMAGES_DIR", "{dataDir}/images")),
            new ServiceDefinition("basket", 9003, "services/basket", false, true, true, AFTER_IDENTITY, Map.of()),
            new ServiceDefinition("discount", 9004, "services/discount", true, false, true, AFTER_IDENTITY, Map.of()),
            new ServiceDefinition("ordering", 9005, "services/ordering", true, false, true, AFTER_IDENTITY, Map.of()),
            new ServiceDefinition("comment", 9006, "services/comment", true, false, true, AFTER_IDENTITY, Map.of()),
            new ServiceDefinition("message", 9007, "services/message", true, false, true, AFTER_IDENTITY, Map.of()),
            new ServiceDefinition(
                    "statistics", 9008, "services/statistics", true, false, true, AFTER_IDENTITY, Map.of()),
            new ServiceDefinition(
                    GATEWAY,
                    8080,
                    "gateway",
                    false,
                    true,
                    false,
                    List.of(IDENTITY, "catalog", "basket", "discount", "ordering", "comment", "message", "statistics"),
                    Map.of()));

    private ServiceRegistry() {}

    public static Optional<ServiceDefinition> byName(String name) {
        return SERVICES.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Groups {@code services} into start waves: a service comes in the wave after the last of its dependencies
     * that is among {@code services} (dependencies that are not, such as unbuilt ones, are ignored). Order
     * within a wave follows the input.
     *
     * @throws IllegalArgumentException on a dependency cycle
     */
    public static List<List<ServiceDefinition>> startWaves(Collection<ServiceDefinition> services) {
        var byName = new HashMap<String, ServiceDefinition>();
        services.forEach(s -> byName.put(s.name(), s));
        var level = new HashMap<String, Integer>();
        for (var service : services) {
            levelOf(service, byName, level, new LinkedHashSet<>());
        }
        var waves = new ArrayList<List<ServiceDefinition>>();
        for (var service : services) {
            int l = level.get(service.name());
            while (waves.size() <= l) {
                waves.add(new ArrayList<>());
            }
            waves.get(l).add(service);
        }
        return waves.stream().filter(w -> !w.isEmpty()).map(List::copyOf).toList();
    }

    private static int levelOf(
            ServiceDefinition service,
            Map<String, ServiceDefinition> byName,
            Map<String, Integer> level,
            Set<String> visiting) {
        var known = level.get(service.name());
        if (known != null) {
            return known;
        }
        if (!visiting.add(service.name())) {
            throw new IllegalArgumentException("Dependency cycle: " + String.join(" -> ", visiting));
        }
        int result = 0;
        for (var dependency : service.dependsOn()) {
            var present = byName.get(dependency);
            if (present != null) {
                result = Math.max(result, levelOf(present, byName, level, visiting) + 1);
            }
        }
        visiting.remove(service.name());
        level.put(service.name(), result);
        return result;
    }
}
