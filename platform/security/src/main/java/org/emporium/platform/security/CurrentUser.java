package org.emporium.platform.security;

import java.util.Optional;
import java.util.UUID;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, for application code: the user id is the token's {@code sub}, a UUID for people. Service tokens
 * (client credentials) have no user id. Use it to enforce ownership: a customer only ever sees their own things.
 */
public class CurrentUser {
    public static final String ADMIN = "ADMIN";
    public static final String CUSTOMER = "CUSTOMER";

    /** The calling user's id; 401 when the caller is not a signed-in user. */
    public UUID id() {
        return idIfPresent()
                .orElseThrow(() -> new DomainException(
                        "AUTH.UNAUTHENTICATED", ErrorKind.FORBIDDEN, "This needs a signed-in user."));
    }

    public Optional<UUID> idIfPresent() {
        return jwt().map(Jwt::getSubject).flatMap(CurrentUser::parseUuid);
    }

    public Optional<String> email() {
        return jwt().map(jwt -> jwt.getClaimAsString("email"));
    }

    public boolean hasRole(String role) {
        return authentication()
                .map(a -> a.getAuthorities().stream().anyMatch(g -> ("ROLE_" + role).equals(g.getAuthority())))
                .orElse(false);
    }

    public boolean hasScope(String scope) {
        return authentication()
                .map(a -> a.getAuthorities().stream().anyMatch(g -> ("SCOPE_" + scope).equals(g.getAuthority())))
                .orElse(false);
    }

    public boolean isAdmin() {
        return hasRole(ADMIN);
    }

    /** True when the caller is {@code owner} or an admin: the ownership rule of every service. */
    public boolean mayAccessOwnedBy(UUID owner) {
        return isAdmin() || idIfPresent().map(owner::equals).orElse(false);
    }

    private static Optional<Authentication> authentication() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication());
    }

    private static Optional<Jwt> jwt() {
        return authentication()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(a -> ((JwtAuthenticationToken) a).getToken());
    }

    private static Optional<UUID> parseUuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
