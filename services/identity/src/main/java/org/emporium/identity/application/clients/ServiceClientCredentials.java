package org.emporium.identity.application.clients;

import java.util.List;

/** A new client's id, its secret (shown this once) and scopes. */
public record ServiceClientCredentials(String clientId, String clientSecret, List<String> scopes) {
    @Override
    public String toString() {
        return "ServiceClientCredentials[clientId=" + clientId + "]";
    }
}
