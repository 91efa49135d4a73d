package org.emporium.platform.messaging;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The outbox and inbox tables, migrated by a Flyway instance of their own (own history table, own location), so a
 * service's {@code db/migration} V1, V2... never clash with the platform's. Baseline 0 lets it start on a schema the
 * service's migrations already filled.
 */
final class MessagingSchema {
    static final String HISTORY_TABLE = "emporium_messaging_schema_history";
    static final String LOCATION = "classpath:org/emporium/platform/messaging/db";

    private MessagingSchema() {}

    static MessagingSchema migrate(DataSource dataSource) {
        Flyway.configure(MessagingSchema.class.getClassLoader())
                .dataSource(dataSource)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return new MessagingSchema();
    }
}
