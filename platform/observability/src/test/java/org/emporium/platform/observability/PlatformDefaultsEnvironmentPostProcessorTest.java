package org.emporium.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PlatformDefaultsEnvironmentPostProcessorTest {

    @Test
    void addsPlatformDefaultsBelowEverythingElse() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("app", Map.of("management.endpoints.web.exposure.include", "health")));

        new PlatformDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("management.endpoint.health.probes.enabled"))
                .isEqualTo("true");
        assertThat(environment.getProperty("management.endpoints.web.exposure.include"))
                .isEqualTo("health");
        assertThat(environment.getPropertySources().stream()
                        .reduce((a, b) -> b)
                        .orElseThrow()
                        .getName())
                .isEqualTo(PlatformDefaultsEnvironmentPostProcessor.SOURCE_NAME);
    }

    @Test
    void everyServiceGetsJdbcTimeoutsBelowItsSocketTimeout() {
        var environment = new StandardEnvironment();

        new PlatformDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication());

        var driver = "spring.datasource.hikari.data-source-properties.";
        assertThat(environment.getProperty(driver + "connectTimeout", Integer.class))
                .isPositive();
        var socketTimeoutMillis = environment.getProperty(driver + "socketTimeout", Integer.class) * 1000;
        assertThat(socketTimeoutMillis).isPositive();
        assertThat(environment.getProperty(driver + "options")).matches("-c statement_timeout=\\d+");
        var statementTimeout =
                Integer.parseInt(environment.getProperty(driver + "options").replace("-c statement_timeout=", ""));
        assertThat(statementTimeout).isPositive().isLessThan(socketTimeoutMillis);
        assertThat(environment.getProperty("spring.datasource.hikari.connection-timeout", Integer.class))
                .isPositive();
    }
}
