package org.emporium.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.emporium.identity.infrastructure.persistence.KeyEncryption;
import org.junit.jupiter.api.Test;

class KeyEncryptionTest {
    private final byte[] secretKey = "private key bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void roundTripsAndNeverStoresThePlainKey() {
        var encryption = new KeyEncryption("the-right-secret-123");
        var stored = encryption.encrypt(secretKey, "kid-1");
        assertThat(stored).startsWith("v1:").doesNotContain("private key");
        assertThat(encryption.decrypt(stored, "kid-1")).isEqualTo(secretKey);
    }

    @Test
    void refusesAnotherSecretOrAnotherKid() {
        var stored = new KeyEncryption("the-right-secret-123").encrypt(secretKey, "kid-1");
        assertThatThrownBy(() -> new KeyEncryption("the-wrong-secret-456").decrypt(stored, "kid-1"))
                .hasMessageContaining("EMPORIUM_IDENTITY_KEY_ENCRYPTION_SECRET");
        assertThatThrownBy(() -> new KeyEncryption("the-right-secret-123").decrypt(stored, "kid-2"))
                .isInstanceOf(IllegalStateException.class);
    }
}
