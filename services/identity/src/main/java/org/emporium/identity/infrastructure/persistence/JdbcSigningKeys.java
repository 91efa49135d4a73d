package org.emporium.identity.infrastructure.persistence;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.emporium.identity.domain.keys.SigningKey;
import org.emporium.identity.domain.keys.SigningKeys;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Signing keys in {@code signing_keys}: public key as X.509 DER, private key as PKCS#8 DER encrypted with
 * {@link KeyEncryption}. Reads are cached for a short time (every token issue and JWKS request needs them); this
 * replica's own changes clear the cache at once, other replicas' within the cache time, which the publish-ahead
 * delay of a rotation covers.
 */
public class JdbcSigningKeys implements SigningKeys {
    private final JdbcClient jdbc;
    private final KeyEncryption encryption;
    private final Duration cacheTime;
    private final Clock clock;
    private volatile Cached cached;

    private record Cached(List<SigningKey> keys, Instant readAt) {}

    public JdbcSigningKeys(JdbcClient jdbc, KeyEncryption encryption, Duration cacheTime, Clock clock) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.cacheTime = cacheTime;
        this.clock = clock;
    }

    @Override
    public List<SigningKey> all() {
        var current = cached;
        var now = clock.instant();
        // A clock set back (NTP step, tests) must not make a read from the later time look fresh.
        if (current != null
                && !now.isBefore(current.readAt())
                && now.isBefore(current.readAt().plus(cacheTime))) {
            return current.keys();
        }
        var keys = jdbc.sql("SELECT kid, public_key, private_key_encrypted, created_at, activates_at, retire_after"
                        + " FROM signing_keys WHERE retire_after IS NULL OR retire_after > now()"
                        + " ORDER BY activates_at")
                .query(this::key)
                .list();
        cached = new Cached(keys, now);
        return keys;
    }

    @Override
    public void save(SigningKey key) {
        jdbc.sql("INSERT INTO signing_keys (kid, algorithm, public_key, private_key_encrypted, created_at,"
                        + " activates_at, retire_after) VALUES (?, 'RS256', ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (kid) DO UPDATE SET retire_after = excluded.retire_after")
                .params(
                        key.kid(),
                        Base64.getEncoder().encodeToString(key.publicKey().getEncoded()),
                        encryption.encrypt(key.privateKey().getEncoded(), key.kid()),
                        Timestamp.from(key.createdAt()),
                        Timestamp.from(key.activatesAt()),
                        key.retireAfter() == null ? null : Timestamp.from(key.retireAfter()))
                .update();
        cached = null;
    }

    private SigningKey key(ResultSet rs, int row) throws SQLException {
        var kid = rs.getString("kid");
        try {
            var factory = KeyFactory.getInstance("RSA");
            var publicKey = (RSAPublicKey) factory.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(rs.getString("public_key"))));
            var privateKey = (RSAPrivateKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(encryption.decrypt(rs.getString("private_key_encrypted"), kid)));
            var retire = rs.getTimestamp("retire_after");
            return new SigningKey(
                    kid,
                    publicKey,
                    privateKey,
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("activates_at").toInstant(),
                    retire == null ? null : retire.toInstant());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + kid + " cannot be read", e);
        }
    }
}
