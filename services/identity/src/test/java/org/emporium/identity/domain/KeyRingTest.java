package org.emporium.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.emporium.identity.domain.keys.KeyRing;
import org.emporium.identity.domain.keys.SigningKey;
import org.junit.jupiter.api.Test;

class KeyRingTest {
    private final Instant t0 = Instant.parse("2026-01-01T10:00:00Z");

    private static SigningKey key(String kid, Instant activates, Instant retire) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        var pair = generator.generateKeyPair();
        return new SigningKey(
                kid, (RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate(), activates, activates, retire);
    }

    @Test
    void successorIsPublishedBeforeItSignsAndTheOldKeyStaysUntilItsTokensExpire() throws Exception {
        var old = key("old", t0, null);
        var activation = t0.plus(Duration.ofMinutes(5));
        var retiring = new KeyRing(List.of(old)).retiredBy(activation, Duration.ofMinutes(16));
        assertThat(retiring)
                .singleElement()
                .satisfies(k -> assertThat(k.retireAfter()).isEqualTo(activation.plus(Duration.ofMinutes(16))));
        var ring = new KeyRing(List.of(retiring.getFirst(), key("new", activation, null)));

        assertThat(ring.signingKeyAt(t0.plusSeconds(1)))
                .get()
                .extracting(SigningKey::kid)
                .isEqualTo("old");
        assertThat(ring.publishedAt(t0.plusSeconds(1)))
                .extracting(SigningKey::kid)
                .containsExactly("old", "new");
        assertThat(ring.signingKeyAt(activation))
                .get()
                .extracting(SigningKey::kid)
                .isEqualTo("new");
        assertThat(ring.publishedAt(activation.plus(Duration.ofMinutes(15)))).hasSize(2);
        assertThat(ring.publishedAt(activation.plus(Duration.ofMinutes(17))))
                .extracting(SigningKey::kid)
                .containsExactly("new");
    }
}
