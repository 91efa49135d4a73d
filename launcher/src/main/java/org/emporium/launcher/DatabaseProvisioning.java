package org.emporium.launcher;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.emporium.infra.embedded.PostgresAdmin;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A PostgreSQL database and role per service that needs one, named after the service, with the password kept in
 * the data folder's secrets; idempotent, so every {@code up} runs it.
 */
final class DatabaseProvisioning {
    private DatabaseProvisioning() {}

    static void provision(InfraEndpoints infra, List<ServiceDefinition> services, Layout layout, PrintStream out) {
        var secrets = Secrets.load(layout.secretsFile());
        var names = new ArrayList<String>();
        var admin = adminDataSource(infra);
        for (var service : services) {
            if (!service.needsDatabase()) {
                continue;
            }
            var password = secrets.databasePassword(service.name());
            try {
                PostgresAdmin.createDatabase(admin, service.name(), service.name(), password);
                // The role may predate this data folder (external server): make it take our password.
                try (var connection = admin.getConnection();
                        var statement = connection.createStatement()) {
                    statement.execute("ALTER ROLE " + service.name() + " WITH LOGIN PASSWORD '" + password + "'");
                }
            } catch (RuntimeException | SQLException e) {
                throw new LaunchException("Cannot provision the database of " + service.name() + ": " + e, "");
            }
            names.add(service.name());
        }
        if (!names.isEmpty()) {
            out.println("Databases ready: " + String.join(", ", names));
        }
    }

    static PGSimpleDataSource adminDataSource(InfraEndpoints infra) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(infra.adminJdbcUrl());
        dataSource.setUser(infra.postgres().adminUser());
        dataSource.setPassword(infra.postgres().adminPassword());
        dataSource.setConnectTimeout(5);
        return dataSource;
    }
}
