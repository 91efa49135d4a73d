package org.emporium.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** Which tokens are a person's: only those identity marked with the user-only claim. */
class CurrentUserTest {
    private final CurrentUser currentUser = new CurrentUser();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static Jwt token(Map<String, Object> claims) {
        var builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    private void signIn(Map<String, Object> claims) {
        SecurityContextHolder.getContext().setAuthentication(new RolesAndScopesConverter().convert(token(claims)));
    }

    @Test
    void aUserTokenIsThatUser() {
        var id = UUID.randomUUID();
        signIn(Map.of(
                "sub", id.toString(),
                "user_id", id.toString(),
                "client_id", "emporium-web",
                "roles", List.of("ADMIN"),
                "email", "ada@example.org"));

        assertThat(currentUser.id()).isEqualTo(id);
        assertThat(currentUser.email()).contains("ada@example.org");
        assertThat(currentUser.isAdmin()).isTrue();
    }

    @Test
    void aClientCredentialsTokenIsNeverAUserWhateverItsSubjectLooksLike() {
        var clientId = UUID.randomUUID().toString();
        signIn(Map.of("sub", clientId, "client_id", clientId, "roles", List.of("ADMIN"), "email", "x@example.org"));

        assertThat(currentUser.idIfPresent()).isEmpty();
        assertThat(currentUser.email()).isEmpty();
        assertThat(currentUser.isAdmin()).as("roles are people's").isFalse();
        assertThat(currentUser.mayAccessOwnedBy(UUID.fromString(clientId))).isFalse();
        assertThatThrownBy(currentUser::id).isInstanceOf(DomainException.class);
    }

    @Test
    void aUuidSubjectWithoutTheUserClaimIsNoUser() {
        signIn(Map.of("sub", UUID.randomUUID().toString(), "roles", List.of("CUSTOMER")));

        assertThat(currentUser.idIfPresent()).isEmpty();
        assertThat(currentUser.hasRole(CurrentUser.CUSTOMER)).isFalse();
    }

    @Test
    void theUserClaimMustBeTheSubjectInCanonicalFormAndNotTheClientId() {
        var id = UUID.randomUUID().toString();
        var other = UUID.randomUUID().toString();

        assertThat(CurrentUser.userId(token(Map.of("sub", id, "user_id", other))))
                .isEmpty();
        assertThat(CurrentUser.userId(token(Map.of("sub", id, "user_id", id, "client_id", id))))
                .isEmpty();
        assertThat(CurrentUser.userId(token(Map.of("sub", "a-b-c-d-e", "user_id", "a-b-c-d-e"))))
                .isEmpty();
        assertThat(CurrentUser.userId(token(Map.of("sub", id.toUpperCase(), "user_id", id.toUpperCase()))))
                .isEmpty();
    }

    @Test
    void scopesCountForEveryToken() {
        signIn(Map.of("sub", "ordering-service", "client_id", "ordering-service", "scope", "catalog.read"));

        assertThat(currentUser.hasScope("catalog.read")).isTrue();
    }
}
