package org.emporium.platform.observability.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.emporium.platform.test.TestInfrastructure;
import org.emporium.platform.test.net.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platform's JDBC timeouts (jdbc.properties) take effect the way they are written: a statement running past
 * {@code statement_timeout} is cancelled by the server, and a database that stops answering mid-query fails the
 * query after the socket timeout instead of pinning the thread and the connection forever. Shorter values than the
 * defaults, set through the same properties, keep the test quick; the defaults themselves are checked in
 * PlatformDefaultsEnvironmentPostProcessorTest.
 */
class JdbcTimeoutsIT {
    private static TcpProxy database;
    private static ConfigurableApplicationContext app;

    @SpringBootApplication
    static class Service {}

    @BeforeAll
    static void start() {
        var postgres = TestInfrastructure.postgres();
        database = TcpProxy.start(postgres.host(), postgres.port());
        var url = TestInfrastructure.createDatabase("timeouts")
                .replace(postgres.host() + ":" + postgres.port(), database.host() + ":" + database.port());
        app = new SpringApplicationBuilder(Service.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.application.name=timeouts-it",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + postgres.adminUser(),
                        "--spring.datasource.password=" + postgres.adminPassword(),
                        "--spring.datasource.hikari.data-source-properties.socketTimeout=2",
                        "--spring.datasource.hikari.data-source-properties.options=-c statement_timeout=500",
                        "--spring.rabbitmq.listener.simple.auto-startup=false",
                        "--management.health.rabbit.enabled=false");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aStatementPastTheStatementTimeoutIsCancelledByTheServer() {
        var jdbc = app.getBean(JdbcTemplate.class);

        assertThatThrownBy(() -> jdbc.queryForObject("SELECT pg_sleep(30)::text", String.class))
                .rootCause()
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("57014"));
    }

    @Test
    void aQueryAgainstADatabaseThatStopsAnsweringFailsInsteadOfHanging() throws Exception {
        var jdbc = app.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT 1", Integer.class)).isEqualTo(1);

        database.silence();
        try {
            var query = CompletableFuture.supplyAsync(() -> jdbc.queryForObject("SELECT 1", Integer.class));
            // Generous bound: only a missing socket timeout gets anywhere near it (the query would hang forever).
            assertThatThrownBy(() -> query.get(2, TimeUnit.MINUTES))
                    .isInstanceOf(ExecutionException.class)
                    .rootCause()
                    .isInstanceOf(java.net.SocketTimeoutException.class);
        } finally {
            database.restore();
        }
    }
}
