package org.emporium.platform.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AccessTokenPropertiesTest {
    @Test
    void unsetPropertiesTakeTheDefaultsTheGatewayAndTheServicesShare() {
        var properties = new AccessTokenProperties(null, null, " ", null, null, null);

        assertThat(properties.issuerUri()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(properties.jwkSetUri()).isEqualTo(URI.create("http://127.0.0.1:9001/oauth2/jwks"));
        assertThat(properties.audience()).isEqualTo("emporium-api");
        assertThat(properties.clockSkew()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.jwksCacheTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.jwksMinRefreshInterval()).isEqualTo(Duration.ofSeconds(10));
    }
}
