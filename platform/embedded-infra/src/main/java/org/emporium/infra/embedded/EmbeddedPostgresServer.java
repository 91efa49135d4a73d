package org.emporium.infra.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server from zonky's jar-shipped binaries.
 *
 * <p>With a data directory the cluster persists across restarts; without one it lives in a temporary
 * directory that is removed on close. A server left running by a hard-killed JVM is stopped on the next
 * start (via {@code postmaster.pid}), so orphans never pile up.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a throw-away cluster on a free port. */
    public static EmbeddedPostgresServer startTemporary() {
        return start(null, FreePorts.find());
    }

    /**
     * Starts (creating if needed) the cluster in {@code dataDirectory} on {@code port}.
     *
     * @param dataDirectory where the cluster lives; {@code null} for a temporary one
     */
    public static EmbeddedPostgresServer start(@Nullable Path dataDirectory, int port) {
        try {
            var builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    // 32 MB, not PostgreSQL's 128 MB: the dev platform's databases are small, the OS caches their
                    // files anyway, and each backend counts the shared buffers it has touched in its RSS, so with
                    // 43 backends after the e2e journeys the platform's RSS total was ~1 GiB over its real
                    // footprint (PSS) on PostgreSQL alone (docs/benchmarks.md, start-up and footprint).
                    .setServerConfig("shared_buffers", "32MB")
                    .setServerConfig("fsync", dataDirectory == null ? "off" : "on")
                    .setServerConfig("listen_addresses", "127.0.0.1");
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                if (ProcessFiles.stopLeftover(
                        dataDirectory.resolve("postmaster.pid"), "postgres", Duration.ofSeconds(20))) {
                    log.warn("Stopped a PostgreSQL server left running by an earlier run in {}", dataDirectory);
                }
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
                // A hard-killed JVM can leave the directory lock behind; it only guards against
                // two live clusters, which the pid check above already rules out.
                Files.deleteIfExists(dataDirectory.resolve("epg-lock"));
            }
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** The superuser connection to the {@code postgres} database. */
    public DataSource adminDataSource() {
        return postgres.getPostgresDatabase();
    }

    /** Creates a role and a database it owns unless both already exist. Names are lower-case identifiers. */
    public void createDatabase(String database, String user, String password) {
        PostgresAdmin.createDatabase(adminDataSource(), database, user, password);
    }

    /** Creates a fresh database owned by the superuser (used by tests to isolate contexts). */
    public void createDatabase(String database) {
        requireIdentifier(database);
        try (var connection = adminDataSource().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a safe identifier: " + name);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("PostgreSQL did not stop cleanly", e);
        }
    }
}
