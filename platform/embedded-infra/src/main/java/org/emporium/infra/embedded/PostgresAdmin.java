package org.emporium.infra.embedded;

import java.sql.SQLException;
import javax.sql.DataSource;

/** Idempotent role and database creation, used on the embedded server and on an external one alike. */
public final class PostgresAdmin {
    private PostgresAdmin() {}

    /** Creates {@code user} (with {@code password}) and a database {@code database} it owns, unless present. */
    public static void createDatabase(DataSource admin, String database, String user, String password) {
        EmbeddedPostgresServer.requireIdentifier(database);
        EmbeddedPostgresServer.requireIdentifier(user);
        try (var connection = admin.getConnection()) {
            try (var check = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
                check.setString(1, user);
                if (!check.executeQuery().next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
                    }
                }
            }
            try (var check = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                check.setString(1, database);
                if (!check.executeQuery().next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + database + " OWNER " + user);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " for " + user, e);
        }
    }
}
