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
 * Every deployable the launcher knows, in declaration order (the table {@code services.tsv} beside this class),
 * and the demo accounts identity seeds in its {@code dev} profile. A service takes part in a run only once its executable jar is built.
 */
public final class ServiceRegistry {
    public static final String IDENTITY = "identity";
    public static final String GATEWAY = "gateway";

    /** A sign-in that exists in the {@code dev} profile only. */
    public record DemoAccount(String username, String password, String role) {}

    public static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin@emporium.dev", "Admin123!demo", "ADMIN"),
            new DemoAccount("customer@emporium.dev", "Customer123!demo", "CUSTOMER"));

    /** Read from {@code services.tsv} next to this class: one line per service. */
    public static final List<ServiceDefinition> SERVICES = parse(resource("services.tsv"));

    private ServiceRegistry() {}

    /**
     * Parses the registry table: {@code name port module needs after env}, whitespace-separated, {@code #}
     * comments; {@code needs} is a comma list of {@code db}, {@code redis}, {@code amqp}; {@code after} a comma
     * list of services or {@code *} (every other one); {@code env} a comma list of {@code NAME=value}; {@code -}
     * for none.
     *
     * @throws IllegalArgumentException naming the line that is wrong
     */
    static List<ServiceDefinition> parse(String table) {
        var rows = new ArrayList<String[]>();
        var lines = table.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            var line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var columns = line.split("\\s+");
            if (columns.length != 6) {
                throw new IllegalArgumentException(
                        "services.tsv line " + (i + 1) + ": expected name port module needs after env, got: " + line);
            }
            rows.add(columns);
        }
        var names = rows.stream().map(r -> r[0]).toList();
        var services = new ArrayList<ServiceDefinition>();
        for (var row : rows) {
            var needs = list(row[3]);
            for (var need : needs) {
                if (!List.of("db", "redis", "amqp").contains(need)) {
                    throw new IllegalArgumentException(row[0] + ": unknown need " + need + " (db, redis, amqp)");
                }
            }
            var after = row[4].equals("*")
                    ? names.stream().filter(n -> !n.equals(row[0])).toList()
                    : list(row[4]);
            var env = new java.util.LinkedHashMap<String, String>();
            for (var pair : list(row[5])) {
                int eq = pair.indexOf('=');
                if (eq < 1) {
                    throw new IllegalArgumentException(row[0] + ": extra env must be NAME=value, not " + pair);
                }
                env.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            int port;
            try {
                port = Integer.parseInt(row[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(row[0] + ": port must be a number, not " + row[1]);
            }
            services.add(new ServiceDefinition(
                    row[0],
                    port,
                    row[2],
                    needs.contains("db"),
                    needs.contains("redis"),
                    needs.contains("amqp"),
                    after,
                    env));
        }
        return List.copyOf(services);
    }

    private static List<String> list(String column) {
        return column.equals("-") ? List.of() : List.of(column.split(","));
    }

    private static String resource(String name) {
        try (var in = ServiceRegistry.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The launcher jar lacks " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Optional<ServiceDefinition> byName(String name) {
        return SERVICES.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** {@code services} as a table {@link #parse} reads back (the supervisor gets the table {@code up} used). */
    static String format(List<ServiceDefinition> services) {
        var table = new StringBuilder();
        for (var s : services) {
            var needs = new ArrayList<String>();
            if (s.needsDatabase()) {
                needs.add("db");
            }
            if (s.needsRedis()) {
                needs.add("redis");
            }
            if (s.needsAmqp()) {
                needs.add("amqp");
            }
            var env = s.extraEnv().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .toList();
            table.append(String.join(
                            " ",
                            s.name(),
                            Integer.toString(s.preferredPort()),
                            s.module(),
                            column(needs),
                            column(s.dependsOn()),
                            column(env)))
                    .append('\n');
        }
        return table.toString();
    }

    private static String column(List<String> values) {
        return values.isEmpty() ? "-" : String.join(",", values);
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
