package org.emporium.launcher;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The environment contract of a service process. Names are fixed; services are built against them:
 *
 * <ul>
 *   <li>{@code SERVER_PORT}, {@code SPRING_PROFILES_ACTIVE=dev}
 *   <li>{@code SPRING_DATASOURCE_URL/USERNAME/PASSWORD} (database and user named after the service)
 *   <li>{@code SPRING_DATA_REDIS_HOST/PORT}; {@code SPRING_RABBITMQ_HOST/PORT/USERNAME/PASSWORD}
 *   <li>{@code EMPORIUM_ISSUER_URI=http://localhost:<gateway>} (the public issuer, through the gateway)
 *   <li>{@code EMPORIUM_JWK_SET_URI=http://127.0.0.1:<identity>/oauth2/jwks}
 *   <li>{@code EMPORIUM_CLIENT_TOKEN_URI=http://127.0.0.1:<identity>/oauth2/token} (platform/http-client's service tokens)
 *   <li>{@code EMPORIUM_SERVICES_<NAME>_URL=http://127.0.0.1:<port>} for every service in the registry
 *   <li>{@code EMPORIUM_DATA_DIR=<data folder>/data/<service>}
 * </ul>
 *
 * Inherited variables that would contradict the contract (other {@code SPRING_DATASOURCE_*},
 * {@code EMPORIUM_*}, {@code LOGGING_FILE_*}…) are removed: stdout is the log.
 */
public final class ServiceEnvironment {
    private static final String[] REMOVED_PREFIXES = {
        "SPRING_DATASOURCE_", "SPRING_DATA_REDIS_", "SPRING_RABBITMQ_", "EMPORIUM_", "LOGGING_FILE_"
    };

    private ServiceEnvironment() {}

    /** The variables the contract defines for {@code service}. */
    public static Map<String, String> contract(
            ServiceDefinition service,
            InfraEndpoints infra,
            Map<String, Integer> ports,
            String databasePassword,
            Path dataDirectory) {
        var env = new TreeMap<String, String>();
        env.put("SERVER_PORT", Integer.toString(port(ports, service.name())));
        env.put("SPRING_PROFILES_ACTIVE", "dev");
        if (service.needsDatabase()) {
            env.put("SPRING_DATASOURCE_URL", infra.postgres().jdbcUrl(service.name()));
            env.put("SPRING_DATASOURCE_USERNAME", service.name());
            env.put("SPRING_DATASOURCE_PASSWORD", databasePassword);
        }
        if (service.needsRedis()) {
            env.put("SPRING_DATA_REDIS_HOST", infra.redis().host());
            env.put("SPRING_DATA_REDIS_PORT", Integer.toString(infra.redis().port()));
        }
        if (service.needsAmqp()) {
            env.put("SPRING_RABBITMQ_HOST", infra.amqp().host());
            env.put("SPRING_RABBITMQ_PORT", Integer.toString(infra.amqp().port()));
            env.put("SPRING_RABBITMQ_USERNAME", infra.amqp().username());
            env.put("SPRING_RABBITMQ_PASSWORD", infra.amqp().password());
        }
        env.put("EMPORIUM_ISSUER_URI", "http://localhost:" + port(ports, ServiceRegistry.GATEWAY));
        env.put("EMPORIUM_JWK_SET_URI", "http://127.0.0.1:" + port(ports, ServiceRegistry.IDENTITY) + "/oauth2/jwks");
        env.put(
                "EMPORIUM_CLIENT_TOKEN_URI",
                "http://127.0.0.1:" + port(ports, ServiceRegistry.IDENTITY) + "/oauth2/token");
        for (var other : ServiceRegistry.SERVICES) {
            var port = ports.get(other.name());
            if (port != null) {
                env.put(urlVariable(other.name()), "http://127.0.0.1:" + port);
            }
        }
        var data = dataDirectory.toAbsolutePath().toString();
        env.put("EMPORIUM_DATA_DIR", data);
        service.extraEnv().forEach((k, v) -> env.put(k, v.replace("{dataDir}", data)));
        return env;
    }

    /** {@code inherited} without the variables the contract owns, plus {@code contract}. */
    public static Map<String, String> processEnvironment(Map<String, String> inherited, Map<String, String> contract) {
        var env = new TreeMap<String, String>();
        inherited.forEach((k, v) -> {
            if (!owned(k)) {
                env.put(k, v);
            }
        });
        env.putAll(contract);
        return env;
    }

    static String urlVariable(String service) {
        return "EMPORIUM_SERVICES_" + service.toUpperCase(Locale.ROOT) + "_URL";
    }

    private static boolean owned(String name) {
        if (name.equals("SERVER_PORT") || name.equals("SPRING_PROFILES_ACTIVE")) {
            return true;
        }
        for (var prefix : REMOVED_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static int port(Map<String, Integer> ports, String service) {
        var port = ports.get(service);
        if (port == null) {
            throw new IllegalArgumentException("No port chosen for " + service);
        }
        return port;
    }
}
