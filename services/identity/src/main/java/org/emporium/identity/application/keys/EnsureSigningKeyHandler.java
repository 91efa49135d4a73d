package org.emporium.identity.application.keys;

import java.time.Clock;
import org.emporium.identity.domain.keys.KeyRing;
import org.emporium.identity.domain.keys.SigningKey;
import org.emporium.identity.domain.keys.SigningKeys;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class EnsureSigningKeyHandler implements Handler<EnsureSigningKey, String> {
    private final SigningKeys keys;
    private final Clock clock;

    EnsureSigningKeyHandler(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public String handle(EnsureSigningKey command) {
        var now = clock.instant();
        var current = new KeyRing(keys.all()).signingKeyAt(now);
        if (current.isPresent()) {
            return current.get().kid();
        }
        var key = SigningKey.generate(now, now);
        keys.save(key);
        return key.kid();
    }
}
