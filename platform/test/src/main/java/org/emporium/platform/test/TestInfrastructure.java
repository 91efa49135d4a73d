package org.emporium.platform.test;

import java.net.URI;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.emporium.infra.embedded.EmbeddedAmqpBroker;
import org.emporium.infra.embedded.EmbeddedPostgresServer;
import org.emporium.infra.embedded.EmbeddedRedisServer;

/**
 * The PostgreSQL, Redis and AMQP broker integration tests run against: real servers, one of each per test JVM,
 * started on first use.
 *
 * <p>By default they are embedded (PostgreSQL 17, Redis 7, Qpid Broker-J), so tests run on a fresh machine.
 * Environment variables point them at existing servers instead — CI uses this to prove every change on real
 * RabbitMQ too:
 *
 * <ul>
 *   <li>{@code EMPORIUM_TEST_INFRA=external}: all three at their standard localhost ports (5432 user postgres,
 *       6379, 5672 guest/guest);
 *   <li>{@code EMPORIUM_TEST_POSTGRES_URL} (an admin JDBC URL), {@code EMPORIUM_TEST_POSTGRES_USER},
 *       {@code EMPORIUM_TEST_POSTGRES_PASSWORD}, {@code EMPORIUM_TEST_REDIS_URL} ({@code redis://host:port}),
 *       {@code EMPORIUM_TEST_AMQP_URL} ({@code amqp://user:password@host:port}): one server each.
 * </ul>
 */
public final class TestInfrastructure {

    /** Where a PostgreSQL server is and how to reach it as a user that may create databases. */
    public record Postgres(String host, int port, String adminUser, String adminPassword) {
        public String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    public record Redis(String host, int port) {}

    public record Amqp(String host, int port, String username, String password, String kind) {}

    private static final Map<String, String> ENV = System.getenv();
    private static Postgres postgres;
    private static Redis redis;
    private static Amqp amqp;
    private static EmbeddedAmqpBroker embeddedBroker;
    private static final java.util.List<String> createdOnExternalServer =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private static boolean externalPostgres;

    private TestInfrastructure() {}

    private static boolean allExternal() {
        return "external".equalsIgnoreCase(ENV.getOrDefault("EMPORIUM_TEST_INFRA", ""));
    }

    private static String setting(String name, String externalDefault) {
        var value = ENV.get(name);
        if (value != null && !value.isBlank()) {
            return value;
        }
        return allExternal() ? externalDefault : null;
    }

    public static synchronized Postgres postgres() {
        if (postgres == null) {
            var url = setting("EMPORIUM_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
            if (url != null) {
                var uri = URI.create(url.substring("jdbc:".length()));
                postgres = new Postgres(
                        uri.getHost(),
                        uri.getPort() < 0 ? 5432 : uri.getPort(),
                        ENV.getOrDefault("EMPORIUM_TEST_POSTGRES_USER", "postgres"),
                        ENV.getOrDefault("EMPORIUM_TEST_POSTGRES_PASSWORD", ""));
                externalPostgres = true;
                // Test databases on a shared server are dropped when the test JVM ends.
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(TestInfrastructure::dropCreatedDatabases, "test-db-cleanup"));
            } else {
                var server = EmbeddedPostgresServer.startTemporary();
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
                postgres = new Postgres("127.0.0.1", server.port(), "postgres", "");
            }
        }
        return postgres;
    }

    /** Creates an empty database with a unique name and returns its JDBC URL (to be used as the admin user). */
    public static String createDatabase(String prefix) {
        var pg = postgres();
        var name = (prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "_"
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 12))
                .replaceFirst("^([^a-z])", "t$1");
        try (var connection = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.adminUser(), pg.adminPassword());
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on " + pg, e);
        }
        if (externalPostgres) {
            createdOnExternalServer.add(name);
        }
        return pg.jdbcUrl(name);
    }

    private static void dropCreatedDatabases() {
        var pg = postgres;
        try (var connection = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.adminUser(), pg.adminPassword());
                var statement = connection.createStatement()) {
            for (var name : createdOnExternalServer) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop test databases " + createdOnExternalServer + ": " + e.getMessage());
        }
    }

    public static synchronized Redis redis() {
        if (redis == null) {
            var url = setting("EMPORIUM_TEST_REDIS_URL", "redis://127.0.0.1:6379");
            if (url != null) {
                var uri = URI.create(url);
                redis = new Redis(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort());
            } else {
                var server = EmbeddedRedisServer.startTemporary();
                Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-redis-stop"));
                redis = new Redis("127.0.0.1", server.port());
            }
        }
        return redis;
    }

    public static synchronized Amqp amqp() {
        if (amqp == null) {
            var url = setting("EMPORIUM_TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672");
            if (url != null) {
                var uri = URI.create(url);
                Function<Integer, String> userInfo = i -> uri.getUserInfo() == null
                        ? "guest"
                        : uri.getUserInfo()
                                .split(":", 2)[Math.min(i, uri.getUserInfo().split(":", 2).length - 1)];
                amqp = new Amqp(
                        uri.getHost(),
                        uri.getPort() < 0 ? 5672 : uri.getPort(),
                        userInfo.apply(0),
                        userInfo.apply(1),
                        "rabbitmq");
            } else {
                embeddedBroker = EmbeddedAmqpBroker.startTemporary();
                Runtime.getRuntime().addShutdownHook(new Thread(embeddedBroker::close, "embedded-amqp-stop"));
                amqp = new Amqp(
                        "127.0.0.1",
                        embeddedBroker.port(),
                        EmbeddedAmqpBroker.USERNAME,
                        EmbeddedAmqpBroker.PASSWORD,
                        "qpid");
            }
        }
        return amqp;
    }
}
