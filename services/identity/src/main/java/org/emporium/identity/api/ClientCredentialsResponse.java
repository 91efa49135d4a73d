package org.emporium.identity.api;

import java.util.List;

/** A registered client's credentials; the secret is shown only in this answer. */
public record ClientCredentialsResponse(String clientId, String clientSecret, List<String> scopes) {}
