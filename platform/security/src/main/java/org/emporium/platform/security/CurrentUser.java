package org.emporium.platform.security;

import java.util.Optional;
import java.util.UUID;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.emporium.platform.web.ProblemCodes;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
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
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    /**
     * The calling user's id: 401 when there is no authenticated caller, 403 when the caller is authenticated but is
     * not a person (a service token, whose {@code sub} is not a user id).
     */
    public UUID id() {
        var id = idIfPresent();
        if (id.isPresent()) {
            return id.get();
        }
        if (authentication()
                .filter(a -> !TRUST.isAnonymous(a) && a.isAuthenticated())
                .isEmpty()) {
            throw new AuthenticationCredentialsNotFoundException("This needs a signed-in user.");
        }
        throw new DomainException(ProblemCodes.FORBIDDEN, ErrorKind.FORBIDDEN, "This needs a signed-in user.");
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
