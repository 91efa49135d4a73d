package org.emporium.identity.domain.keys;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

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

    /** A new RSA 2048 key pair created at {@code now} that signs from {@code activation}. */
    public static SigningKey generate(Instant now, Instant activation) {
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

    public boolean publishedAt(Instant now) {
        return retireAfter == null || retireAfter.isAfter(now);
    }

    public SigningKey retiringAt(Instant when) {
        return new SigningKey(kid, publicKey, privateKey, createdAt, activatesAt, when);
    }
}
