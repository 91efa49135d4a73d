package org.emporium.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.emporium.identity.infrastructure.config.IdentityProperties;
import org.emporium.identity.infrastructure.config.StartupGuard;
import org.junit.jupiter.api.Test;

class StartupGuardTest {
    private static IdentityProperties properties(String secret, boolean demoAccounts) {
        return new IdentityProperties(
                null,
                null,
                null,
                null,
                secret,
                null,
                null,
                null,
                new IdentityProperties.DemoAccounts(demoAccounts),
                null,
                null,
                null);
    }

    @Test
    void refusesToStartOutsideDevWithoutTheKeyEncryptionSecret() {
        assertThatThrownBy(() -> StartupGuard.check(false, properties(null, false), List.of()))
                .hasMessageContaining("EMPORIUM_IDENTITY_KEY_ENCRYPTION_SECRET");
    }

    @Test
    void refusesDemoAccountsAndClientsWithoutSecretsOutsideDev() {
        assertThatThrownBy(() -> StartupGuard.check(false, properties("a-long-enough-secret", true), List.of()))
                .hasMessageContaining("demo accounts");
        assertThatThrownBy(() -> StartupGuard.check(
                        false, properties("a-long-enough-secret", false), List.of("ordering-service")))
                .hasMessageContaining("EMPORIUM_CLIENTS_ORDERING_SERVICE_SECRET");
    }

    @Test
    void startsWithItsSecretsOrInDev() {
        assertThatCode(() -> StartupGuard.check(false, properties("a-long-enough-secret", false), List.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> StartupGuard.check(
                        true, properties("dev-only-key-encryption-secret", true), List.of("ordering-service")))
                .doesNotThrowAnyException();
    }
}
