package org.emporium.identity.infrastructure.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts private keys at rest with AES-256-GCM under a key derived (PBKDF2-HMAC-SHA256) from the service's
 * key-encryption secret. The stored form is {@code v1:<base64(iv || ciphertext+tag)>}; the kid is the associated
 * data, so a ciphertext cannot be moved to another row.
 */
public final class KeyEncryption {
    private static final String VERSION = "v1:";
    private static final byte[] SALT = "emporium-identity-signing-keys".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKey key;

    public KeyEncryption(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("The key-encryption secret must have at least 16 characters.");
        }
        try {
            var factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            var derived = factory.generateSecret(new PBEKeySpec(secret.toCharArray(), SALT, 120_000, 256));
            this.key = new SecretKeySpec(derived.getEncoded(), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot derive the key-encryption key", e);
        }
    }

    public String encrypt(byte[] plain, String kid) {
        try {
            var iv = new byte[12];
            RANDOM.nextBytes(iv);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            var sealed = cipher.doFinal(plain);
            var out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed);
            return VERSION + Base64.getEncoder().encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a signing key", e);
        }
    }

    /** @throws IllegalStateException when the secret is not the one the key was encrypted with */
    public byte[] decrypt(String stored, String kid) {
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("Unknown signing-key encryption format for " + kid);
        }
        try {
            var bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
            cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, 12, bytes.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Cannot decrypt signing key " + kid + ": is EMPORIUM_IDENTITY_KEY_ENCRYPTION_SECRET the one it was"
                            + " stored with?",
                    e);
        }
    }
}
