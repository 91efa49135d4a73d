package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InfraEndpointsTest {

    @Test
    void readsEveryExternalSetting() {
        var infra = InfraEndpoints.fromEnvironment(Map.of(
                "EMPORIUM_POSTGRES_URL", "jdbc:postgresql://pg:5433/postgres",
                "EMPORIUM_POSTGRES_USER", "admin",
                "EMPORIUM_POSTGRES_PASSWORD", "pg-pw",
                "EMPORIUM_REDIS_HOST", "cache",
                "EMPORIUM_REDIS_PORT", "6380"));

        assertThat(infra.postgres()).isEqualTo(new InfraEndpoints.Postgres("pg", 5433, null, "admin", "pg-pw"));
        assertThat(infra.redis()).isEqualTo(new InfraEndpoints.Redis("cache", 6380));
    }

    @Test
    void saysWhichVariableIsWrong() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> InfraEndpoints.fromEnvironment(Map.of("EMPORIUM_REDIS_PORT", "six")))
                .withMessageContaining("EMPORIUM_REDIS_PORT");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> InfraEndpoints.fromEnvironment(Map.of("EMPORIUM_POSTGRES_URL", "postgres://x/y")))
                .withMessageContaining("EMPORIUM_POSTGRES_URL");
    }

    @Test
    void describesAddressesWithoutCredentials() {
        var description = InfraEndpoints.embedded(1, 2, 3).describe();

        assertThat(description)
                .containsEntry("mode", "embedded")
                .containsEntry("postgres.port", "1")
                .containsEntry("amqp.port", "3");
        assertThat(description.values()).doesNotContain("guest");
    }
}
