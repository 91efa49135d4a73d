package org.emporium.identity.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.JWKSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rotation publishes the new key before it signs and keeps the old one until its tokens have expired. */
class KeyRotationIT extends IdentityIT {

    @Test
    void rotationKeepsOldTokensValidAndSwitchesSigningAfterPublishing() throws Exception {
        var admin = identity.passwordGrant(ADMIN, ADMIN_PASSWORD).text("access_token");
        var oldKid = Tokens.kid(admin);

        var rotation = identity.json("POST", "/api/identity/keys/rotate", null, admin);
        assertThat(rotation.status()).as(rotation.raw().body()).isEqualTo(200);
        var newKid = rotation.text("kid");
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(rotation.body().get("retiring").toString()).contains(oldKid);

        // Published at once, next to the old key; not used yet.
        var jwks = JWKSet.parse(identity.get("/oauth2/jwks", null).raw().body());
        assertThat(jwks.getKeys()).extracting(k -> k.getKeyID()).contains(oldKid, newKid);
        assertThat(jwks.getKeys()).allSatisfy(k -> assertThat(k.isPrivate()).isFalse());
        assertThat(Tokens.kid(
                        identity.passwordGrant(CUSTOMER, CUSTOMER_PASSWORD).text("access_token")))
                .isEqualTo(oldKid);

        // After the publish-ahead delay new tokens carry the new kid; the old token is still accepted.
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(Tokens.kid(identity.passwordGrant(CUSTOMER, CUSTOMER_PASSWORD)
                                .text("access_token")))
                        .isEqualTo(newKid));
        assertThat(identity.get("/api/identity/me", admin).status()).isEqualTo(200);
        Tokens.validate(identity, admin, TokenGrantsIT.ISSUER);
    }
}
