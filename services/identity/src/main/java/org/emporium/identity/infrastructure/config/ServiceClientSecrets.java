package org.emporium.identity.infrastructure.config;

import java.util.Locale;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where a configured service client's secret comes from: {@code emporium.identity.service-clients.<id>.secret},
 * else the environment variable {@code EMPORIUM_CLIENTS_<ID>_SECRET} (id upper-cased, {@code -} as {@code _}),
 * else, in the dev profile only, {@code <id>-dev-secret}.
 */
@Component
public class ServiceClientSecrets {
    private final IdentityProperties properties;
    private final Environment environment;

    public ServiceClientSecrets(IdentityProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public static String variableFor(String clientId) {
        return "EMPORIUM_CLIENTS_" + clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_SECRET";
    }

    public Optional<String> secretOf(String clientId) {
        var configured = properties.serviceClients().get(clientId);
        if (configured != null
                && configured.secret() != null
                && !configured.secret().isBlank()) {
            return Optional.of(configured.secret());
        }
        var fromEnvironment = environment.getProperty(variableFor(clientId));
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment);
        }
        return isDev() ? Optional.of(clientId + "-dev-secret") : Optional.empty();
    }

    public boolean isDev() {
        return environment.matchesProfiles("dev");
    }
}
