package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {
    private static final InfraEndpoints EMBEDDED = InfraEndpoints.embedded(25432, 26379, 25673);
    private static final Path DATA = Path.of("/srv/emporium/.emporium/data/catalog");

    private static Map<String, Integer> ports() {
        var ports = new HashMap<String, Integer>();
        ServiceRegistry.SERVICES.forEach(s -> ports.put(s.name(), s.preferredPort()));
        ports.put("gateway", 18080);
        return ports;
    }

    @Test
    void aServiceWithADatabaseGetsItsOwnDatabaseUserAndPassword() {
        var env = ServiceEnvironment.contract(service("catalog"), EMBEDDED, ports(), "s3cret", DATA);

        assertThat(env)
                .containsEntry("SERVER_PORT", "9002")
                .containsEntry("SPRING_PROFILES_ACTIVE", "dev")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:25432/catalog")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "catalog")
                .containsEntry("SPRING_DATASOURCE_PASSWORD", "s3cret")
                .containsEntry("SPRING_RABBITMQ_HOST", "127.0.0.1")
                .containsEntry("SPRING_RABBITMQ_PORT", "25673")
                .containsEntry("SPRING_RABBITMQ_USERNAME", "guest")
                .containsEntry("SPRING_RABBITMQ_PASSWORD", "guest")
                .containsEntry("EMPORIUM_DATA_DIR", DATA.toString())
                .containsEntry("EMPORIUM_IMAGES_DIR", DATA + "/images")
                .doesNotContainKeys("SPRING_DATA_REDIS_HOST", "LOGGING_FILE_NAME");
    }

    @Test
    void theGatewayGetsRedisButNoDatabase() {
        var env = ServiceEnvironment.contract(service("gateway"), EMBEDDED, ports(), "", DATA);

        assertThat(env)
                .containsEntry("SERVER_PORT", "18080")
                .containsEntry("SPRING_DATA_REDIS_HOST", "127.0.0.1")
                .containsEntry("SPRING_DATA_REDIS_PORT", "26379")
                .doesNotContainKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void everyServiceKnowsTheIssuerTheKeysAndWhereEveryOtherServiceIs() {
        var env = ServiceEnvironment.contract(service("ordering"), EMBEDDED, ports(), "pw", DATA);

        assertThat(env)
                .containsEntry("EMPORIUM_ISSUER_URI", "http://localhost:18080")
                .containsEntry("EMPORIUM_JWK_SET_URI", "http://127.0.0.1:9001/oauth2/jwks")
                .containsEntry("EMPORIUM_CLIENT_TOKEN_URI", "http://127.0.0.1:9001/oauth2/token")
                .containsEntry("EMPORIUM_SERVICES_IDENTITY_URL", "http://127.0.0.1:9001")
                .containsEntry("EMPORIUM_SERVICES_CATALOG_URL", "http://127.0.0.1:9002")
                .containsEntry("EMPORIUM_SERVICES_STATISTICS_URL", "http://127.0.0.1:9008")
                .containsEntry("EMPORIUM_SERVICES_GATEWAY_URL", "http://127.0.0.1:18080");
    }

    @Test
    void externalPostgresKeepsItsHostPortAndConnectionParameters() {
        var external = InfraEndpoints.fromEnvironment(Map.of(
                "EMPORIUM_POSTGRES_URL", "jdbc:postgresql://db.internal:6543/postgres?sslmode=require",
                "EMPORIUM_AMQP_HOST", "mq.internal",
                "EMPORIUM_AMQP_USER", "emporium",
                "EMPORIUM_AMQP_PASSWORD", "amqp-pw"));

        var env = ServiceEnvironment.contract(service("identity"), external, ports(), "pw", DATA);

        assertThat(env)
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://db.internal:6543/identity?sslmode=require")
                .containsEntry("SPRING_RABBITMQ_HOST", "mq.internal")
                .containsEntry("SPRING_RABBITMQ_PORT", "5672")
                .containsEntry("SPRING_RABBITMQ_USERNAME", "emporium")
                .containsEntry("SPRING_RABBITMQ_PASSWORD", "amqp-pw");
    }

    @Test
    void externalDefaultsAreTheStandardLocalhostPorts() {
        var external = InfraEndpoints.fromEnvironment(Map.of());

        assertThat(external.external()).isTrue();
        assertThat(external.adminJdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
        assertThat(external.postgres().adminUser()).isEqualTo("postgres");
        assertThat(external.redis()).isEqualTo(new InfraEndpoints.Redis("127.0.0.1", 6379));
        assertThat(external.amqp()).isEqualTo(new InfraEndpoints.Amqp("127.0.0.1", 5672, "guest", "guest"));
    }

    @Test
    void inheritedVariablesThatContradictTheContractAreDropped() {
        var inherited = Map.of(
                "PATH", "/usr/bin",
                "HOME", "/home/dev",
                "LOGGING_FILE_NAME", "/tmp/app.log",
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://elsewhere/x",
                "EMPORIUM_POSTGRES_PASSWORD", "admin-secret",
                "SERVER_PORT", "1");
        var contract = Map.of("SERVER_PORT", "9001", "SPRING_PROFILES_ACTIVE", "dev");

        var env = ServiceEnvironment.processEnvironment(inherited, contract);

        assertThat(env)
                .containsEntry("PATH", "/usr/bin")
                .containsEntry("HOME", "/home/dev")
                .containsEntry("SERVER_PORT", "9001")
                .doesNotContainKeys("LOGGING_FILE_NAME", "SPRING_DATASOURCE_URL", "EMPORIUM_POSTGRES_PASSWORD");
    }

    private static ServiceDefinition service(String name) {
        return ServiceRegistry.byName(name).orElseThrow();
    }
}
