package org.emporium.identity.infrastructure.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import org.emporium.identity.application.keys.EnsureSigningKey;
import org.emporium.identity.domain.keys.KeyRing;
import org.emporium.identity.domain.keys.SigningKey;
import org.emporium.identity.domain.keys.SigningKeys;
import org.emporium.platform.mediator.Mediator;

/**
 * The stored keys as JOSE key sources: {@link #published()} (every key not yet retired, for the JWKS endpoint and
 * identity's own token validation) and {@link #signing()} (only the one key that signs now, for the encoder, which
 * therefore never has to choose and always writes its {@code kid}).
 */
class SigningKeyRing {
    private final SigningKeys keys;
    private final Mediator mediator;
    private final Clock clock;

    SigningKeyRing(SigningKeys keys, Mediator mediator, Clock clock) {
        this.keys = keys;
        this.mediator = mediator;
        this.clock = clock;
    }

    JWKSource<SecurityContext> published() {
        return (selector, context) -> selector.select(new JWKSet(ring().publishedAt(clock.instant()).stream()
                .map(SigningKeyRing::jwk)
                .toList()));
    }

    JWKSource<SecurityContext> signing() {
        return (selector, context) -> {
            var signer = ring().signingKeyAt(clock.instant());
            if (signer.isEmpty()) {
                mediator.send(new EnsureSigningKey());
                signer = ring().signingKeyAt(clock.instant());
            }
            return selector.select(
                    new JWKSet(signer.map(SigningKeyRing::jwk).stream().toList()));
        };
    }

    private KeyRing ring() {
        return new KeyRing(keys.all());
    }

    private static JWK jwk(SigningKey key) {
        return new RSAKey.Builder(key.publicKey())
                .privateKey(key.privateKey())
                .keyID(key.kid())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .issueTime(java.util.Date.from(key.createdAt()))
                .build();
    }
}
