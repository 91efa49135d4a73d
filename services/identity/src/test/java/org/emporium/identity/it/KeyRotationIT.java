package org.emporium.identity.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.JWKSet;
import java.time.Clock;
import java.time.Duration;
import org.emporium.identity.domain.keys.SigningKey;
import org.emporium.identity.domain.keys.SigningKeys;
import org.emporium.identity.infrastructure.persistence.JdbcSigningKeys;
import org.emporium.identity.infrastructure.persistence.KeyEncryption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rotation publishes the new key before it signs and keeps the old one until its tokens have expired. */
class KeyRotationIT extends IdentityIT {
    @Autowired
    SigningKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void keysAreStoredEncryptedAndReadBackByANewInstanceWithTheSameSecret() {
        var stored = jdbc.sql("SELECT private_key_encrypted FROM signing_keys")
                .query(String.class)
                .list();
        assertThat(stored).isNotEmpty().allSatisfy(value -> assertThat(value).startsWith("v1:"));
        // What a restarted replica sees: a fresh adapter over the same database and secret.
        var restarted = new JdbcSigningKeys(
                jdbc, new KeyEncryption("dev-only-key-encryption-secret-change-me"), Duration.ZERO, Clock.systemUTC());
        assertThat(restarted.all())
                .extracting(SigningKey::kid, SigningKey::privateKey)
                .containsExactlyElementsOf(keys.all().stream()
                        .map(k -> org.assertj.core.groups.Tuple.tuple(k.kid(), k.privateKey()))
                        .toList());
    }

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
