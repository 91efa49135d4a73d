package org.emporium.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** {@code emporium.identity.password-grant.enabled=false}: the grant is refused and no longer advertised. */
@TestPropertySource(properties = "emporium.identity.password-grant.enabled=false")
class PasswordGrantDisabledIT extends IdentityIT {

    @Test
    void passwordGrantIsAnUnsupportedGrantType() {
        var token = identity.passwordGrant(CUSTOMER, CUSTOMER_PASSWORD);

        assertThat(token.status()).as(token.raw().body()).isEqualTo(400);
        assertThat(token.text("error")).isEqualTo("unsupported_grant_type");
        assertThat(token.text("access_token")).isNull();
    }

    @Test
    void discoveryNoLongerAdvertisesThePasswordGrant() {
        for (var path : new String[] {"/.well-known/openid-configuration", "/.well-known/oauth-authorization-server"}) {
            var metadata = identity.get(path, null);

            assertThat(metadata.status()).as(path).isEqualTo(200);
            var grants = metadata.body().get("grant_types_supported").toString();
            assertThat(grants).as(path).contains("authorization_code", "refresh_token");
            assertThat(grants).as(path).doesNotContain("\"password\"");
        }
    }

    @Test
    void theOtherGrantsStillWork() {
        var service = identity.clientCredentials("catalog-service", "catalog-service-dev-secret", null);

        assertThat(service.status()).as(service.raw().body()).isEqualTo(200);
    }
}
