package org.emporium.platform.security;

import java.util.Optional;
import java.util.UUID;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.emporium.platform.core.ProblemCodes;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, for application code. A token is a person's only when identity said so: it carries the
 * {@value #USER_ID_CLAIM} claim, which identity's token customizer sets for users and never for clients, equal to
 * {@code sub}, a UUID in its canonical form, and its {@code client_id} is not its {@code sub}. Every other token
 * (client credentials: {@code sub} = {@code client_id}) has no user id, whatever its {@code sub} looks like. Use it
 * to enforce ownership: a customer only ever sees their own things.
 */
public class CurrentUser {
    public static final String ADMIN = "ADMIN";
    public static final String CUSTOMER = "CUSTOMER";
    /** The user-only claim of identity's access tokens: the user's id, equal to {@code sub}. */
    public static final String USER_ID_CLAIM = "user_id";

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
        return jwt().flatMap(CurrentUser::userId);
    }

    /** The user's email address, for a user token only. */
    public Optional<String> email() {
        return jwt().filter(jwt -> userId(jwt).isPresent()).map(jwt -> jwt.getClaimAsString("email"));
    }

    /** The user id of a person's token (see the class comment); empty for every other token. */
    public static Optional<UUID> userId(Jwt jwt) {
        var subject = jwt.getSubject();
        if (subject == null || !subject.equals(claimAsString(jwt, USER_ID_CLAIM))) {
            return Optional.empty();
        }
        if (subject.equals(claimAsString(jwt, "client_id"))) {
            return Optional.empty();
        }
        return parseUuid(subject).filter(id -> id.toString().equals(subject));
    }

    private static String claimAsString(Jwt jwt, String claim) {
        return jwt.getClaims().get(claim) instanceof String value ? value : null;
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
