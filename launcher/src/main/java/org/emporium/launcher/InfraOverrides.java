package org.emporium.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * Sends one service's connections to PostgreSQL, Redis or the broker to another port (a fault proxy that delays
 * or cuts them) from its next start on: the fault suite writes {@code run/<service>.infra-override.properties},
 * kills the service, and the supervisor's restart (or the next {@code up}) picks the override up. Only the port
 * changes; host, credentials and database stay. Without the file nothing changes.
 */
public final class InfraOverrides {
    private InfraOverrides() {}

    /** From the next start of {@code service}, its connections to {@code server} go to {@code port} on loopback. */
    public static void route(Layout layout, String service, InfraControl.Server server, int port) {
        put(layout, service, server.key(), port);
    }

    /** From the next start of {@code service}, its connections to PostgreSQL go to {@code port} on loopback. */
    public static void routePostgres(Layout layout, String service, int port) {
        put(layout, service, "postgres", port);
    }

    private static void put(Layout layout, String service, String key, int port) {
        var path = layout.run().resolve(file(service));
        var values = new java.util.LinkedHashMap<>(PropertiesFile.read(path));
        values.put(key, Integer.toString(port));
        PropertiesFile.write(path, values, false);
    }

    /** Removes every override of {@code service}; its next start connects directly again. */
    public static void clear(Layout layout, String service) {
        try {
            Files.deleteIfExists(layout.run().resolve(file(service)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code infra} with the ports overridden for {@code service}, if any. */
    static InfraEndpoints apply(Layout layout, String service, InfraEndpoints infra) {
        Map<String, String> values = PropertiesFile.read(layout.run().resolve(file(service)));
        if (values.isEmpty()) {
            return infra;
        }
        var postgres = infra.postgres();
        var redis = infra.redis();
        var amqp = infra.amqp();
        if (values.containsKey("postgres")) {
            postgres = new InfraEndpoints.Postgres(
                    InfraEndpoints.EMBEDDED_HOST,
                    Integer.parseInt(values.get("postgres")),
                    postgres.query(),
                    postgres.adminUser(),
                    postgres.adminPassword());
        }
        if (values.containsKey("redis")) {
            redis = new InfraEndpoints.Redis(InfraEndpoints.EMBEDDED_HOST, Integer.parseInt(values.get("redis")));
        }
        if (values.containsKey("amqp")) {
            amqp = new InfraEndpoints.Amqp(
                    InfraEndpoints.EMBEDDED_HOST,
                    Integer.parseInt(values.get("amqp")),
                    amqp.username(),
                    amqp.password());
        }
        return new InfraEndpoints(infra.external(), postgres, redis, amqp);
    }

    private static String file(String service) {
        return service + ".infra-override.properties";
    }
}
