package org.emporium.identity.application.clients;

import java.security.SecureRandom;
import java.util.Base64;
import org.emporium.identity.domain.IdentityErrors;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class RegisterServiceClientHandler implements Handler<RegisterServiceClient, ServiceClientCredentials> {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final ServiceClients clients;

    RegisterServiceClientHandler(ServiceClients clients) {
        this.clients = clients;
    }

    @Override
    public ServiceClientCredentials handle(RegisterServiceClient command) {
        if (clients.exists(command.clientId())) {
            throw IdentityErrors.clientExists();
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        clients.registerConfidential(command.clientId(), command.name(), secret, command.scopes());
        return new ServiceClientCredentials(
                command.clientId(), secret, command.scopes().stream().sorted().toList());
    }
}
