package org.emporium.identity.application.keys;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.UUID;
import org.emporium.identity.domain.keys.KeyRing;
import org.emporium.identity.domain.keys.SigningKey;
import org.emporium.identity.domain.keys.SigningKeys;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class RotateSigningKeyHandler implements Handler<RotateSigningKey, KeyRotation> {
    private final SigningKeys keys;
    private final KeySettings settings;
    private final Clock clock;

    RotateSigningKeyHandler(SigningKeys keys, KeySettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public KeyRotation handle(RotateSigningKey command) {
        var now = clock.instant();
        var ring = new KeyRing(keys.all());
        var activation = ring.keys().isEmpty() ? now : now.plus(settings.publishAhead());
        var retiring = ring.retiredBy(activation, settings.tokenLifetime());
        var key = generate(now, activation);
        keys.add(key);
        retiring.forEach(k -> keys.retire(k.kid(), k.retireAfter()));
        return new KeyRotation(
                key.kid(),
                key.activatesAt(),
                retiring.stream()
                        .map(k -> new KeyRotation.RetiringKey(k.kid(), k.retireAfter()))
                        .toList());
    }

    static SigningKey generate(java.time.Instant now, java.time.Instant activation) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            return new SigningKey(
                    UUID.randomUUID().toString(),
                    (RSAPublicKey) pair.getPublic(),
                    (RSAPrivateKey) pair.getPrivate(),
                    now,
                    activation,
                    null);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }
}
