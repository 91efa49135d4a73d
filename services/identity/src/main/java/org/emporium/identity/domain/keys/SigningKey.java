package org.emporium.identity.domain.keys;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Objects;

/**
 * An RS256 key pair: it signs from {@code activatesAt} until a newer key activates and is published in the JWKS
 * from creation until {@code retireAfter} (null while no successor is scheduled).
 */
public record SigningKey(
        String kid,
        RSAPublicKey publicKey,
        RSAPrivateKey privateKey,
        Instant createdAt,
        Instant activatesAt,
        Instant retireAfter) {
    public SigningKey {
        Objects.requireNonNull(kid);
        Objects.requireNonNull(publicKey);
        Objects.requireNonNull(privateKey);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(activatesAt);
    }

    public boolean publishedAt(Instant now) {
        return retireAfter == null || retireAfter.isAfter(now);
    }

    public SigningKey retiringAt(Instant when) {
        return new SigningKey(kid, publicKey, privateKey, createdAt, activatesAt, when);
    }
}
