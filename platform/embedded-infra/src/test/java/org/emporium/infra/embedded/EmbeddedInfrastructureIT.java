package org.emporium.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.ConnectionFactory;
import io.lettuce.core.RedisClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfrastructureIT {

    @Test
    void postgresPersistsAcrossRestartsAndCreatesServiceDatabasesIdempotently(@TempDir Path dir) throws Exception {
        var port = FreePorts.find();
        try (var postgres = EmbeddedPostgresServer.start(dir.resolve("pg"), port)) {
            postgres.createDatabase("catalog", "catalog", "secret");
            postgres.createDatabase("catalog", "catalog", "secret");
            try (var c = DriverManager.getConnection(postgres.jdbcUrl("catalog"), "catalog", "secret")) {
                c.createStatement().execute("CREATE TABLE t (v int); INSERT INTO t VALUES (42)");
            }
        }
        try (var postgres = EmbeddedPostgresServer.start(dir.resolve("pg"), port)) {
            try (var c = DriverManager.getConnection(postgres.jdbcUrl("catalog"), "catalog", "secret");
                    var rs = c.createStatement().executeQuery("SELECT v, version() FROM t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
                assertThat(rs.getString(2)).startsWith("PostgreSQL 17");
            }
        }
    }

    @Test
    void postgresLeftByAHardKilledRunIsStoppedOnNextStart(@TempDir Path dir) throws Exception {
        var data = dir.resolve("pg");
        var first = EmbeddedPostgresServer.start(data, FreePorts.find());
        var leftover = ProcessFiles.liveProcess(data.resolve("postmaster.pid")).orElseThrow();
        // simulate the owner dying without close(): the postmaster keeps running
        try (var second = EmbeddedPostgresServer.start(data, FreePorts.find())) {
            assertThat(leftover.isAlive()).isFalse();
            try (var c = DriverManager.getConnection(second.jdbcUrl("postgres"), "postgres", "")) {
                assertThat(c.isValid(2)).isTrue();
            }
        } finally {
            first.close();
        }
    }

    @Test
    void redisServesCommandsAndLeftoverIsStopped(@TempDir Path dir) {
        var redis = EmbeddedRedisServer.start(dir, FreePorts.find());
        var client = RedisClient.create("redis://127.0.0.1:" + redis.port());
        try (var connection = client.connect()) {
            connection.sync().set("k", "v");
            assertThat(connection.sync().get("k")).isEqualTo("v");
            assertThat(connection.sync().info("server")).contains("redis_version:7.");
        } finally {
            client.shutdown();
        }
        var pid = redis.pid();
        try (var again = EmbeddedRedisServer.start(dir, FreePorts.find())) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
            assertThat(again.port()).isPositive();
        }
    }

    @Test
    void amqpBrokerConfirmsPublishesAndDelivers() throws Exception {
        try (var broker = EmbeddedAmqpBroker.startTemporary()) {
            var factory = new ConnectionFactory();
            factory.setHost("127.0.0.1");
            factory.setPort(broker.port());
            factory.setUsername("guest");
            factory.setPassword("guest");
            factory.setVirtualHost("/");
            try (var connection = factory.newConnection();
                    var channel = connection.createChannel()) {
                channel.exchangeDeclare("emporium.events", "topic", true);
                channel.queueDeclare("test.q", true, false, false, null);
                channel.queueBind("test.q", "emporium.events", "catalog.#");
                channel.confirmSelect();
                channel.basicPublish(
                        "emporium.events", "catalog.product-created", null, "hi".getBytes(StandardCharsets.UTF_8));
                channel.waitForConfirmsOrDie(Duration.ofSeconds(5).toMillis());
                var response = channel.basicGet("test.q", true);
                assertThat(new String(response.getBody(), StandardCharsets.UTF_8))
                        .isEqualTo("hi");
            }
        }
    }

    @Test
    void amqpBrokerWithWorkDirectoryKeepsQueuedPersistentMessagesAcrossRestart(@TempDir Path dir) throws Exception {
        var port = FreePorts.find();
        try (var broker = EmbeddedAmqpBroker.start(dir, port);
                var connection = connect(broker.port());
                var channel = connection.createChannel()) {
            channel.queueDeclare("durable.q", true, false, false, null);
            channel.confirmSelect();
            channel.basicPublish(
                    "",
                    "durable.q",
                    com.rabbitmq.client.MessageProperties.PERSISTENT_TEXT_PLAIN,
                    "kept".getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(5_000);
        }
        try (var broker = EmbeddedAmqpBroker.start(dir, port);
                var connection = connect(broker.port());
                var channel = connection.createChannel()) {
            var response = channel.basicGet("durable.q", true);
            assertThat(response).isNotNull();
            assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).isEqualTo("kept");
        }
    }

    private static com.rabbitmq.client.Connection connect(int port) throws Exception {
        var factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(port);
        factory.setUsername(EmbeddedAmqpBroker.USERNAME);
        factory.setPassword(EmbeddedAmqpBroker.PASSWORD);
        return factory.newConnection();
    }
}
