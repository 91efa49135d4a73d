package org.emporium.identity.infrastructure.security;

import java.util.List;
import org.emporium.identity.application.keys.EnsureSigningKey;
import org.emporium.identity.application.users.GrantRole;
import org.emporium.identity.application.users.RegisterUser;
import org.emporium.identity.domain.user.EmailAddress;
import org.emporium.identity.domain.user.Role;
import org.emporium.identity.domain.user.Users;
import org.emporium.identity.infrastructure.config.IdentityProperties;
import org.emporium.identity.infrastructure.config.ServiceClientSecrets;
import org.emporium.platform.mediator.Mediator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Idempotent start-up data: a signing key, the configured clients (the browser client and the service clients,
 * updated to match the configuration), and in the dev profile the demo accounts.
 */
@Component
@Order(0)
class Seeding implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(Seeding.class);

    /** The dev-only demo accounts; the launcher prints the same list. */
    record DemoAccount(String email, String password, String displayName, boolean admin) {}

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin@emporium.dev", "Admin123!demo", "Demo Admin", true),
            new DemoAccount("customer@emporium.dev", "Customer123!demo", "Demo Customer", false));

    private final Mediator mediator;
    private final ClientRegistrations clients;
    private final ServiceClientSecrets secrets;
    private final IdentityProperties properties;
    private final Users users;

    Seeding(
            Mediator mediator,
            ClientRegistrations clients,
            ServiceClientSecrets secrets,
            IdentityProperties properties,
            Users users) {
        this.mediator = mediator;
        this.clients = clients;
        this.secrets = secrets;
        this.properties = properties;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        mediator.send(new EnsureSigningKey());
        clients.upsertWeb();
        properties
                .serviceClients()
                .forEach((id, client) -> secrets.secretOf(id)
                        .ifPresent(
                                secret -> clients.upsertService(id, secret, client.scopes(), client.redirectUris())));
        if (properties.demoAccounts().enabled()) {
            for (var account : DEMO_ACCOUNTS) {
                if (users.byEmail(new EmailAddress(account.email())).isPresent()) {
                    continue;
                }
                var id = mediator.send(new RegisterUser(account.email(), account.password(), account.displayName()));
                if (account.admin()) {
                    mediator.send(new GrantRole(id, Role.ADMIN));
                }
            }
            log.info(
                    "Demo accounts (dev profile): {}",
                    DEMO_ACCOUNTS.stream()
                            .map(a -> a.email() + " / " + a.password() + (a.admin() ? " (ADMIN)" : ""))
                            .toList());
        }
    }
}
