package org.emporium.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registration, the caller's own account, sign-in throttling and the admin's user management, over HTTP. */
class AccountsIT extends IdentityIT {
    static final String PASSWORD = "Correct-Horse-42";

    @Autowired
    JdbcClient jdbc;

    private static String email() {
        return "user-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void registrationCreatesACustomerAndStagesTheEvent() {
        var email = email();
        var registered = identity.json(
                "POST",
                "/api/identity/users",
                Map.of("email", email, "password", PASSWORD, "displayName", "Ada", "roles", List.of("ADMIN")),
                null);
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        assertThat(registered.body().get("roles").toString()).isEqualTo("[\"CUSTOMER\"]");
        var id = registered.text("id");
        assertThat(registered.header("Location")).endsWith("/api/identity/users/" + id);

        var token = identity.passwordGrant(email, PASSWORD);
        var me = identity.get("/api/identity/me", token.text("access_token"));
        assertThat(me.text("id")).isEqualTo(id);
        assertThat(me.body().get("roles").toString()).isEqualTo("[\"CUSTOMER\"]");

        var staged = jdbc.sql("SELECT count(*) FROM emporium_outbox WHERE routing_key = 'identity.user-registered'"
                        + " AND payload::text LIKE ?")
                .param("%" + id + "%")
                .query(Long.class)
                .single();
        assertThat(staged).isEqualTo(1);
    }

    @Test
    void emailIsUniqueIgnoringCase() {
        var email = email();
        assertThat(identity.register(email, PASSWORD, "First").status()).isEqualTo(201);
        var duplicate = identity.register(email.toUpperCase(), PASSWORD, "Second");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.text("code")).isEqualTo("IDENTITY.EMAIL_TAKEN");
        assertThat(duplicate.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void weakPasswordsAreRefusedWithTheReasons() {
        var email = email();
        var tooShort = identity.register(email, "Ab1!", "Weak");
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(tooShort.text("code")).isEqualTo("IDENTITY.WEAK_PASSWORD");
        var common = identity.register(email, "Password123", "Weak");
        assertThat(common.status()).isEqualTo(422);
        assertThat(common.body().get("reasons").toString()).contains("too common");
        var sameAsEmail = identity.register(email, email, "Weak");
        assertThat(sameAsEmail.status()).isEqualTo(422);
        assertThat(sameAsEmail.body().get("reasons").toString()).contains("email");
        var invalid = identity.register("not-an-email", PASSWORD, "Weak");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text("code")).isEqualTo("REQUEST.VALIDATION_FAILED");
        assertThat(invalid.body().get("errors").findValuesAsString("field")).containsExactly("email");
        var unknownField = identity.json(
                "POST",
                "/api/identity/users",
                Map.of("email", email, "password", PASSWORD, "displayName", "X", "shoeSize", 9),
                null);
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.text("code")).isEqualTo("REQUEST.UNKNOWN_FIELD");
    }

    @Test
    void displayNamesWithControlCharactersAreRefusedAsInvalidFields() {
        var registered = identity.register(email(), PASSWORD, "Bell\u0007Ringer");
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(400);
        assertThat(registered.text("code")).isEqualTo("REQUEST.VALIDATION_FAILED");
        assertThat(registered.body().get("errors").findValuesAsString("field")).containsExactly("displayName");

        var token = identity.newCustomer(PASSWORD).text("access_token");
        var renamed = identity.json("PATCH", "/api/identity/me", Map.of("displayName", "Line\nBreak"), token);
        assertThat(renamed.status()).as(renamed.raw().body()).isEqualTo(400);
        assertThat(renamed.text("code")).isEqualTo("REQUEST.VALIDATION_FAILED");
        assertThat(renamed.body().get("errors").findValuesAsString("field")).containsExactly("displayName");
    }

    @Test
    void userUpdatesTheirProfile() {
        var token = identity.newCustomer(PASSWORD).text("access_token");
        var updated = identity.json("PATCH", "/api/identity/me", Map.of("displayName", "  Grace  "), token);
        assertThat(updated.status()).as(updated.raw().body()).isEqualTo(200);
        assertThat(updated.text("displayName")).isEqualTo("Grace");
        assertThat(identity.get("/api/identity/me", null).status()).isEqualTo(401);
    }

    @Test
    void changingThePasswordNeedsTheOldOneAndRevokesRefreshTokens() {
        var email = email();
        identity.register(email, PASSWORD, "Changer");
        var token = identity.passwordGrant(email, PASSWORD);
        var access = token.text("access_token");

        var wrongOld = identity.json(
                "POST",
                "/api/identity/me/password",
                Map.of("currentPassword", "wrong-password-1", "newPassword", "New-Horse-4242"),
                access);
        assertThat(wrongOld.status()).isEqualTo(422);
        assertThat(wrongOld.text("code")).isEqualTo("IDENTITY.WRONG_PASSWORD");
        // Longer than BCrypt takes (72 bytes): still just a wrong password, not a server error.
        var overlong = identity.json(
                "POST",
                "/api/identity/me/password",
                Map.of("currentPassword", "x".repeat(150), "newPassword", "New-Horse-4242"),
                access);
        assertThat(overlong.status()).as(overlong.raw().body()).isEqualTo(422);
        assertThat(overlong.text("code")).isEqualTo("IDENTITY.WRONG_PASSWORD");

        var changed = identity.json(
                "POST",
                "/api/identity/me/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "New-Horse-4242"),
                access);
        assertThat(changed.status()).isEqualTo(204);
        assertThat(identity.refresh(token.text("refresh_token")).text("error")).isEqualTo("invalid_grant");
        assertThat(identity.passwordGrant(email, PASSWORD).status()).isEqualTo(400);
        assertThat(identity.passwordGrant(email, "New-Horse-4242").status()).isEqualTo(200);
    }

    @Test
    void repeatedFailuresLockTheAccountWithRetryAfterAndSuccessResets() {
        var email = email();
        identity.register(email, PASSWORD, "Target");
        // Two failures, then a success: the count starts again.
        identity.passwordGrant(email, "wrong-password-1");
        identity.passwordGrant(email, "wrong-password-2");
        assertThat(identity.passwordGrant(email, PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(identity.passwordGrant(email, "wrong-password-" + i).status())
                    .isEqualTo(400);
        }
        // Locked: even the right password is refused, from any address.
        var other = new IdentityClient(identity.base);
        var locked = other.passwordGrant(email.toUpperCase(), PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 600L);
        assertThat(locked.text("code")).isEqualTo("IDENTITY.SIGN_IN_LOCKED");
        assertThat(locked.text("error")).isEqualTo("invalid_grant");
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void repeatedLoginFormFailuresLockTheAccountForTheFormAndThePasswordGrant() {
        var email = email();
        identity.register(email, PASSWORD, "Form Target");
        var browser = new IdentityClient(identity.base);
        assertThat(browser.loginForm(email, PASSWORD, "text/html").header("Location"))
                .doesNotContain("error");

        for (int i = 0; i < 3; i++) {
            var failed = new IdentityClient(identity.base).loginForm(email, "wrong-password-" + i, "text/html");
            assertThat(failed.status()).isEqualTo(302);
            assertThat(failed.header("Location")).endsWith("/login?error");
        }

        // Locked: the right password is refused, from another address too. A browser goes back to the form, which
        // shows that sign-in failed (the generated page does not say why; Retry-After does); any other caller gets the
        // 429 problem.
        var lockedBrowser = new IdentityClient(identity.base);
        var refused = lockedBrowser.loginForm(email, PASSWORD, "text/html");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith("/login?error");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 600L);
        var page = lockedBrowser.send(HttpRequest.newBuilder(URI.create(identity.base + "/login?error"))
                .header("Accept", "text/html"));
        assertThat(page.status()).as("%s", page.raw().headers()).isEqualTo(200);
        assertThat(page.raw().body()).contains("role=\"alert\"", "name=\"password\"");

        var script = new IdentityClient(identity.base).loginForm(email, PASSWORD, "application/json");
        assertThat(script.status()).isEqualTo(429);
        assertThat(script.text("code")).isEqualTo("IDENTITY.SIGN_IN_LOCKED");
        assertThat(script.header("Retry-After")).isNotBlank();

        assertThat(new IdentityClient(identity.base)
                        .passwordGrant(email, PASSWORD)
                        .status())
                .isEqualTo(429);
    }

    @Test
    void repeatedFailuresFromOneAddressLockThatAddressOnly() {
        var email = email();
        identity.register(email, PASSWORD, "Innocent");
        // 20 failures (the default per-address limit) spread over accounts that do not exist.
        for (int i = 0; i < 20; i++) {
            identity.passwordGrant("nobody-" + i + "-" + email, "wrong-password-1");
        }
        var fromAttacker = identity.passwordGrant(email, PASSWORD);
        assertThat(fromAttacker.status()).isEqualTo(429);
        assertThat(fromAttacker.header("Retry-After")).isNotBlank();
        var fromElsewhere = new IdentityClient(identity.base).passwordGrant(email, PASSWORD);
        assertThat(fromElsewhere.status()).isEqualTo(200);
    }

    @Test
    void disabledUserCannotSignInOrRefreshUntilEnabled() {
        var admin = identity.passwordGrant(ADMIN, ADMIN_PASSWORD).text("access_token");
        var email = email();
        var id = identity.register(email, PASSWORD, "Soon disabled").text("id");
        var token = identity.passwordGrant(email, PASSWORD);

        assertThat(identity.json("POST", "/api/identity/users/" + id + "/disable", null, admin)
                        .status())
                .isEqualTo(204);
        var signIn = identity.passwordGrant(email, PASSWORD);
        assertThat(signIn.status()).isEqualTo(400);
        assertThat(signIn.text("error")).isEqualTo("invalid_grant");
        assertThat(identity.refresh(token.text("refresh_token")).status()).isEqualTo(400);
        assertThat(identity.get("/api/identity/users/" + id, admin)
                        .body()
                        .get("enabled")
                        .asBoolean())
                .isFalse();

        assertThat(identity.json("POST", "/api/identity/users/" + id + "/enable", null, admin)
                        .status())
                .isEqualTo(204);
        assertThat(identity.passwordGrant(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void adminSearchesUsersAndGrantsAndRevokesRoles() {
        var admin = identity.passwordGrant(ADMIN, ADMIN_PASSWORD).text("access_token");
        var marker = UUID.randomUUID().toString().substring(0, 8);
        var email = "find-" + marker + "@example.org";
        var id = identity.register(email, PASSWORD, "Findable " + marker).text("id");

        var page = identity.get("/api/identity/users?query=" + marker + "&page=0&size=5", admin);
        assertThat(page.status()).as(page.raw().body()).isEqualTo(200);
        assertThat(page.body().get("totalItems").asLong()).isEqualTo(1);
        assertThat(page.body().get("items").get(0).get("email").asString()).isEqualTo(email);
        assertThat(identity.get("/api/identity/users?size=500", admin).status()).isEqualTo(400);

        var granted = identity.json("PUT", "/api/identity/users/" + id + "/roles/admin", null, admin);
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.body().get("roles").toString()).isEqualTo("[\"ADMIN\",\"CUSTOMER\"]");
        var promoted = identity.passwordGrant(email, PASSWORD).text("access_token");
        assertThat(identity.get("/api/identity/users", promoted).status()).isEqualTo(200);

        var revoked = identity.json("DELETE", "/api/identity/users/" + id + "/roles/ADMIN", null, admin);
        assertThat(revoked.body().get("roles").toString()).isEqualTo("[\"CUSTOMER\"]");
        assertThat(identity.json("PUT", "/api/identity/users/" + id + "/roles/WIZARD", null, admin)
                        .status())
                .isEqualTo(404);
        assertThat(identity.get("/api/identity/users/" + UUID.randomUUID(), admin)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anAdminCannotRevokeTheirOwnAdminRoleNorDisableThemselves() {
        var admin = identity.passwordGrant(ADMIN, ADMIN_PASSWORD).text("access_token");
        var email = email();
        var id = identity.register(email, PASSWORD, "Second Admin").text("id");
        assertThat(identity.json("PUT", "/api/identity/users/" + id + "/roles/ADMIN", null, admin)
                        .status())
                .isEqualTo(200);
        var self = identity.passwordGrant(email, PASSWORD);
        var selfAccess = self.text("access_token");

        var revoke = identity.json("DELETE", "/api/identity/users/" + id + "/roles/ADMIN", null, selfAccess);
        assertThat(revoke.status()).as(revoke.raw().body()).isEqualTo(422);
        assertThat(revoke.header("Content-Type")).startsWith("application/problem+json");
        assertThat(revoke.text("code")).isEqualTo("IDENTITY.CANNOT_REVOKE_OWN_ADMIN");
        var disable = identity.json("POST", "/api/identity/users/" + id + "/disable", null, selfAccess);
        assertThat(disable.status()).as(disable.raw().body()).isEqualTo(422);
        assertThat(disable.header("Content-Type")).startsWith("application/problem+json");
        assertThat(disable.text("code")).isEqualTo("IDENTITY.CANNOT_DISABLE_SELF");

        // Nothing changed: still an enabled admin whose refresh token works and whose new tokens carry ADMIN.
        var account = identity.get("/api/identity/users/" + id, admin);
        assertThat(account.body().get("roles").toString()).isEqualTo("[\"ADMIN\",\"CUSTOMER\"]");
        assertThat(account.body().get("enabled").asBoolean()).isTrue();
        var refreshed = identity.refresh(self.text("refresh_token"));
        assertThat(refreshed.status()).as(refreshed.raw().body()).isEqualTo(200);
        assertThat(identity.get("/api/identity/users", refreshed.text("access_token"))
                        .status())
                .isEqualTo(200);

        // The rule is about oneself: another admin may do both.
        assertThat(identity.json("DELETE", "/api/identity/users/" + id + "/roles/ADMIN", null, admin)
                        .status())
                .isEqualTo(200);
        assertThat(identity.json("POST", "/api/identity/users/" + id + "/disable", null, admin)
                        .status())
                .isEqualTo(204);
    }

    @Test
    void customersCannotUseAdminEndpoints() {
        var customer = identity.passwordGrant(CUSTOMER, CUSTOMER_PASSWORD).text("access_token");
        assertThat(identity.get("/api/identity/users", customer).status()).isEqualTo(403);
        assertThat(identity.json("POST", "/api/identity/keys/rotate", null, customer)
                        .status())
                .isEqualTo(403);
        var service = identity.clientCredentials("ordering-service", "ordering-service-dev-secret", null)
                .text("access_token");
        assertThat(identity.get("/api/identity/users", service).status()).isEqualTo(403);
    }

    @Test
    void adminRegistersAServiceClientThatCanGetTokens() {
        var admin = identity.passwordGrant(ADMIN, ADMIN_PASSWORD).text("access_token");
        var clientId = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        var created = identity.json(
                "POST",
                "/api/identity/clients",
                Map.of("clientId", clientId, "scopes", List.of("catalog.read")),
                admin);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        var secret = created.text("clientSecret");
        assertThat(secret).hasSizeGreaterThan(30);
        var token = identity.clientCredentials(clientId, secret, "catalog.read");
        assertThat(token.status()).isEqualTo(200);
        var again = identity.json(
                "POST",
                "/api/identity/clients",
                Map.of("clientId", clientId, "scopes", List.of("catalog.read")),
                admin);
        assertThat(again.status()).isEqualTo(409);
    }
}
