package org.emporium.identity.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.identity.domain.keys.KeyRing;
import org.emporium.identity.domain.keys.SigningKey;
import org.emporium.identity.domain.keys.SigningKeys;
import org.emporium.identity.infrastructure.config.IdentityProperties;
import org.emporium.identity.infrastructure.persistence.JdbcSigningKeys;
import org.emporium.identity.infrastructure.persistence.KeyEncryption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Rotation, on request or on the schedule, publishes the new key before it signs and keeps the old one until its
 * tokens have expired.
 */
class KeyRotationIT extends IdentityIT {
    private static final String PASSWORD = "Correct-Horse-42";

    @Autowired
    SigningKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityProperties properties;

    @Autowired
    ScheduledTaskHolder schedule;

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

    @Test
    void scheduleRotatesAnAgedKeyPublishingItsSuccessorAheadAndKeepsTheOldKeyUntilItsTokensHaveExpired()
            throws Exception {
        var email = "user-" + UUID.randomUUID() + "@example.org";
        assertThat(identity.register(email, PASSWORD, "Clock Watcher").status()).isEqualTo(201);
        var interval = properties.keys().rotationInterval();
        var newest = new KeyRing(keys.all()).keys().getLast();
        var stored = storedKeys();
        var rotateWhenDue = scheduledTask("rotateWhenDue");
        try {
            // Not due yet: the newest key is a second short of the rotation interval.
            clock().stopAt(newest.activatesAt().plus(interval).minusSeconds(1));
            rotateWhenDue.run();
            assertThat(storedKeys()).isEqualTo(stored);

            // Due: the key signing now is older than the interval.
            var due = newest.activatesAt().plus(interval).plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
            clock().stopAt(due);
            var old = newest.kid();
            assertThat(Tokens.kid(accessToken(email))).isEqualTo(old);
            rotateWhenDue.run();

            var added = new KeyRing(keys.all())
                    .keys().stream().filter(k -> !stored.containsKey(k.kid())).toList();
            assertThat(added).hasSize(1);
            var successor = added.getFirst();
            assertThat(successor.activatesAt())
                    .isEqualTo(due.plus(properties.keys().publishAhead()));
            var retireAfter = retireAfter(old);
            assertThat(retireAfter)
                    .isEqualTo(successor
                            .activatesAt()
                            .plus(Duration.ofMinutes(ACCESS_TOKEN_MINUTES))
                            .plus(Duration.ofMinutes(1)));
            // Published at once, next to the old key, which still signs.
            assertThat(publishedKids()).contains(old, successor.kid());
            assertThat(Tokens.kid(accessToken(email))).isEqualTo(old);
            // A successor waiting counts: the next run does not rotate again.
            rotateWhenDue.run();
            assertThat(storedKeys()).hasSize(stored.size() + 1);

            // The last token the old key signs, a moment before its successor takes over; then the successor signs.
            clock().stopAt(successor.activatesAt().minusMillis(1));
            var lastOfTheOldKey = accessToken(email);
            assertThat(Tokens.kid(lastOfTheOldKey)).isEqualTo(old);
            clock().stopAt(successor.activatesAt());
            assertThat(Tokens.kid(accessToken(email))).isEqualTo(successor.kid());

            // The old key is still published when that token expires, so it can be verified to the end ...
            var expiry = SignedJWT.parse(lastOfTheOldKey)
                    .getJWTClaimsSet()
                    .getExpirationTime()
                    .toInstant();
            clock().stopAt(expiry);
            var published =
                    JWKSet.parse(identity.get("/oauth2/jwks", null).raw().body());
            assertThat(published.getKeyByKeyId(old)).isNotNull();
            assertThat(SignedJWT.parse(lastOfTheOldKey)
                            .verify(new RSASSAVerifier(
                                    published.getKeyByKeyId(old).toRSAKey())))
                    .isTrue();
            // ... and leaves the JWKS once every token it signed has expired.
            clock().stopAt(retireAfter);
            assertThat(publishedKids()).doesNotContain(old).contains(successor.kid());
        } finally {
            clock().resume();
            restore(stored);
        }
        assertThat(storedKeys()).isEqualTo(stored);
    }

    @Test
    void keysReadAtALaterTimeAreNotReusedWhenTheClockIsSetBack() throws Exception {
        var encryption = new KeyEncryption("dev-only-key-encryption-secret-change-me");
        var replicaClock = new TestClock();
        var replica = new JdbcSigningKeys(jdbc, encryption, Duration.ofSeconds(10), replicaClock);
        var other = new JdbcSigningKeys(jdbc, encryption, Duration.ZERO, Clock.systemUTC());
        var stored = storedKeys();
        var now = Instant.now();
        try {
            replicaClock.stopAt(now.plus(Duration.ofHours(1)));
            replica.all();
            // The clock is set back an hour; another replica adds a key meanwhile.
            replicaClock.stopAt(now);
            var added = newKey(now.plus(Duration.ofDays(1)));
            other.save(added);

            assertThat(replica.all()).extracting(SigningKey::kid).contains(added.kid());
        } finally {
            restore(stored);
        }
    }

    private String accessToken(String email) {
        var token = identity.passwordGrant(email, PASSWORD);
        assertThat(token.status()).as(token.raw().body()).isEqualTo(200);
        return token.text("access_token");
    }

    private List<String> publishedKids() throws Exception {
        return JWKSet.parse(identity.get("/oauth2/jwks", null).raw().body()).getKeys().stream()
                .map(JWK::getKeyID)
                .toList();
    }

    private Instant retireAfter(String kid) {
        return jdbc.sql("SELECT retire_after FROM signing_keys WHERE kid = ?")
                .param(kid)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }

    /** The scheduled job itself, as the scheduler runs it (the schedule does not fire by itself in these tests). */
    private Runnable scheduledTask(String method) {
        return schedule.getScheduledTasks().stream()
                .map(task -> task.getTask().getRunnable())
                .filter(runnable -> runnable.toString().endsWith("Maintenance." + method))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no scheduled task runs " + method));
    }

    /** Every stored key and when it retires ("" while it does not): what a test changing keys puts back. */
    private Map<String, String> storedKeys() {
        var stored = new HashMap<String, String>();
        jdbc.sql("SELECT kid, retire_after FROM signing_keys").query(rs -> {
            var retire = rs.getTimestamp("retire_after");
            stored.put(
                    rs.getString("kid"),
                    retire == null ? "" : retire.toInstant().toString());
        });
        return stored;
    }

    /** Puts the keys back as {@link #storedKeys()} found them, for the tests that share this database. */
    private void restore(Map<String, String> stored) {
        for (var kid : storedKeys().keySet()) {
            if (!stored.containsKey(kid)) {
                jdbc.sql("DELETE FROM signing_keys WHERE kid = ?").param(kid).update();
            }
        }
        stored.forEach((kid, retire) -> jdbc.sql("UPDATE signing_keys SET retire_after = ? WHERE kid = ?")
                .params(retire.isEmpty() ? null : Timestamp.from(Instant.parse(retire)), kid)
                .update());
    }

    private static SigningKey newKey(Instant activation) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        return new SigningKey(
                UUID.randomUUID().toString(),
                (RSAPublicKey) pair.getPublic(),
                (RSAPrivateKey) pair.getPrivate(),
                Instant.now(),
                activation,
                null);
    }
}
