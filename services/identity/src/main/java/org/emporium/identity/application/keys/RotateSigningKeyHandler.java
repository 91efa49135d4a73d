package org.emporium.identity.application.keys;

import java.time.Clock;
import org.emporium.identity.domain.keys.KeyRing;
import org.emporium.identity.domain.keys.SigningKey;
import org.emporium.identity.domain.keys.SigningKeys;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class RotateSigningKeyHandler implements Handler<RotateSigningKey, KeyRotationView> {
    private final SigningKeys keys;
    private final KeySettings settings;
    private final Clock clock;

    RotateSigningKeyHandler(SigningKeys keys, KeySettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public KeyRotationView handle(RotateSigningKey command) {
        var now = clock.instant();
        var ring = new KeyRing(keys.all());
        var activation = ring.keys().isEmpty() ? now : now.plus(settings.publishAhead());
        var retiring = ring.retiredBy(activation, settings.tokenLifetime());
        var key = SigningKey.generate(now, activation);
        keys.save(key);
        retiring.forEach(keys::save);
        return new KeyRotationView(
                key.kid(),
                key.activatesAt(),
                retiring.stream()
                        .map(k -> new KeyRotationView.RetiringKey(k.kid(), k.retireAfter()))
                        .toList());
    }
}
