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
}
