package org.emporium.identity.application.clients;

import java.util.Set;

/** The registry of OAuth2 clients, as far as the application needs it. */
public interface ServiceClients {
    boolean exists(String clientId);

    /** Registers a confidential client-credentials client; {@code secret} is stored hashed. */
    void registerConfidential(String clientId, String name, String secret, Set<String> scopes);
}
