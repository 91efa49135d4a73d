package org.emporium.identity.application.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.emporium.identity.domain.IdentityErrors;
import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.Test;

class RegisterServiceClientHandlerTest {
    private final Map<String, String> secrets = new HashMap<>();
    private final ServiceClients clients = new ServiceClients() {
        @Override
        public boolean exists(String clientId) {
            return secrets.containsKey(clientId);
        }

        @Override
        public void registerConfidential(String clientId, String name, String secret, Set<String> scopes) {
            secrets.put(clientId, secret);
        }
    };
    private final RegisterServiceClientHandler handler = new RegisterServiceClientHandler(clients);

    @Test
    void aNewClientGetsARandomSecretShownOnce() {
        var credentials = handler.handle(new RegisterServiceClient("partner", "Partner", Set.of("b.read", "a.read")));

        assertThat(credentials.clientSecret()).hasSizeGreaterThan(40).isEqualTo(secrets.get("partner"));
        assertThat(credentials.scopes()).containsExactly("a.read", "b.read");
        assertThat(credentials.toString()).doesNotContain(credentials.clientSecret());
    }

    @Test
    void aTakenClientIdIsRefused() {
        handler.handle(new RegisterServiceClient("partner", "Partner", Set.of("a.read")));

        assertThatThrownBy(() -> handler.handle(new RegisterServiceClient("partner", "Again", Set.of("a.read"))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(IdentityErrors.CLIENT_EXISTS));
    }

    @Test
    void aClientIdMayNotReadAsAUuid() {
        var check = new ValidClientId.Check();

        assertThat(check.isValid("ordering-service", null)).isTrue();
        assertThat(check.isValid(UUID.randomUUID().toString(), null)).isFalse();
        assertThat(check.isValid("a-b-c-d-e", null))
                .as("UUID.fromString accepts it")
                .isFalse();
        assertThat(check.isValid("Upper", null)).isFalse();
    }
}
