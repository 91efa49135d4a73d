package org.emporium.launcher;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where PostgreSQL, Redis and the AMQP broker are, and the credentials the launcher uses: either the embedded
 * servers on loopback ports or external servers given by environment variables.
 */
public record InfraEndpoints(boolean external, Postgres postgres, Redis redis, Amqp amqp) {

    /** A PostgreSQL server and a user that may create roles and databases. */
    public record Postgres(String host, int port, String query, String adminUser, String adminPassword) {
        /** The JDBC URL of {@code database} on this server, keeping any connection parameters given. */
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database
                    + (query == null || query.isBlank() ? "" : "?" + query);
        }
    }

    public record Redis(String host, int port) {}

    public record Amqp(String host, int port, String username, String password) {}

    public static final String EMBEDDED_HOST = "127.0.0.1";

    public static InfraEndpoints embedded(int postgresPort, int redisPort, int amqpPort) {
        return new InfraEndpoints(
                false,
                new Postgres(EMBEDDED_HOST, postgresPort, null, "postgres", ""),
                new Redis(EMBEDDED_HOST, redisPort),
                new Amqp(EMBEDDED_HOST, amqpPort, "guest", "guest"));
    }

    /**
     * External servers from {@code EMPORIUM_POSTGRES_URL} ({@code jdbc:postgresql://host:port/postgres}),
     * {@code EMPORIUM_POSTGRES_USER}, {@code EMPORIUM_POSTGRES_PASSWORD}, {@code EMPORIUM_REDIS_HOST/PORT},
     * {@code EMPORIUM_AMQP_HOST/PORT/USER/PASSWORD}; each defaults to the standard localhost setting.
     */
    public static InfraEndpoints fromEnvironment(Map<String, String> env) {
        var url = value(env, "EMPORIUM_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "EMPORIUM_POSTGRES_URL must look like jdbc:postgresql://host:port/postgres, not " + url);
        }
        var uri = URI.create(url.substring("jdbc:".length()));
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("EMPORIUM_POSTGRES_URL has no host: " + url);
        }
        return new InfraEndpoints(
                true,
                new Postgres(
                        uri.getHost(),
                        uri.getPort() < 0 ? 5432 : uri.getPort(),
                        uri.getRawQuery(),
                        value(env, "EMPORIUM_POSTGRES_USER", "postgres"),
                        env.getOrDefault("EMPORIUM_POSTGRES_PASSWORD", "")),
                new Redis(value(env, "EMPORIUM_REDIS_HOST", "127.0.0.1"), port(env, "EMPORIUM_REDIS_PORT", 6379)),
                new Amqp(
                        value(env, "EMPORIUM_AMQP_HOST", "127.0.0.1"),
                        port(env, "EMPORIUM_AMQP_PORT", 5672),
                        value(env, "EMPORIUM_AMQP_USER", "guest"),
                        value(env, "EMPORIUM_AMQP_PASSWORD", "guest")));
    }

    /** The admin JDBC URL (database {@code postgres}). */
    public String adminJdbcUrl() {
        return postgres.jdbcUrl("postgres");
    }

    /** Host and port of each server, no credentials: what {@code status} shows. */
    Map<String, String> describe() {
        var result = new LinkedHashMap<String, String>();
        result.put("mode", external ? "external" : "embedded");
        result.put("postgres.host", postgres.host());
        result.put("postgres.port", Integer.toString(postgres.port()));
        result.put("redis.host", redis.host());
        result.put("redis.port", Integer.toString(redis.port()));
        result.put("amqp.host", amqp.host());
        result.put("amqp.port", Integer.toString(amqp.port()));
        return result;
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        var value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        var value = value(env, name, Integer.toString(fallback));
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not " + value);
        }
    }
}
