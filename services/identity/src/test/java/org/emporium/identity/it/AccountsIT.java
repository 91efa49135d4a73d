package org.emporium.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    void repeatedFailuresLockTheAccountForThatAddressWithRetryAfterAndSuccessResets() {
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
        // Locked for that address: even the right password is refused there (another browser behind it too).
        var sameAddress = new IdentityClient(identity.base, identity.address);
        var locked = sameAddress.passwordGrant(email.toUpperCase(), PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 600L);
        assertThat(locked.text("code")).isEqualTo("IDENTITY.SIGN_IN_LOCKED");
        assertThat(locked.text("error")).isEqualTo("invalid_grant");
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        // Whoever guessed cannot lock the owner out elsewhere.
        assertThat(new IdentityClient(identity.base)
                        .passwordGrant(email, PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void repeatedLoginFormFailuresLockTheAccountForTheFormAndThePasswordGrant() {
        var email = email();
        identity.register(email, PASSWORD, "Form Target");
        var address = IdentityClient.randomAddress();
        var browser = new IdentityClient(identity.base, address);
        assertThat(browser.loginForm(email, PASSWORD, "text/html").header("Location"))
                .doesNotContain("error");

        for (int i = 0; i < 3; i++) {
            var failed =
                    new IdentityClient(identity.base, address).loginForm(email, "wrong-password-" + i, "text/html");
            assertThat(failed.status()).isEqualTo(302);
            assertThat(failed.header("Location")).endsWith("/login?error");
        }

        // Locked for that address: the right password is refused. A browser goes back to the form, which shows that
        // sign-in failed (the generated page does not say why; Retry-After does); any other caller gets the 429
        // problem.
        var lockedBrowser = new IdentityClient(identity.base, address);
        var refused = lockedBrowser.loginForm(email, PASSWORD, "text/html");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith("/login?error");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 600L);
        var page = lockedBrowser.send(HttpRequest.newBuilder(URI.create(identity.base + "/login?error"))
                .header("Accept", "text/html"));
        assertThat(page.status()).as("%s", page.raw().headers()).isEqualTo(200);
        assertThat(page.raw().body()).contains("role=\"alert\"", "name=\"password\"");

        var script = new IdentityClient(identity.base, address).loginForm(email, PASSWORD, "application/json");
        assertThat(script.status()).isEqualTo(429);
        assertThat(script.text("code")).isEqualTo("IDENTITY.SIGN_IN_LOCKED");
        assertThat(script.header("Retry-After")).isNotBlank();

        assertThat(new IdentityClient(identity.base, address)
                        .passwordGrant(email, PASSWORD)
                        .status())
                .isEqualTo(429);
    }

    @Test
    void concurrentWrongPasswordsAreCountedOneAtATime() throws Exception {
        var email = email();
        identity.register(email, PASSWORD, "Raced");
        var attempts = 12;
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(attempts)) {
            var answers = new ArrayList<Future<Integer>>();
            for (int i = 0; i < attempts; i++) {
                var password = "wrong-password-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return identity.passwordGrant(email, password).status();
                }));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            // Exactly the limit (3) of passwords were checked; every other attempt was refused unchecked.
            assertThat(statuses).filteredOn(status -> status == 400).hasSize(3);
            assertThat(statuses).filteredOn(status -> status == 429).hasSize(attempts - 3);
        }
    }

    @Test
    void failuresFromOneAddressAgainstManyAccountsRefuseNewcomersThereButNotAccountsKnownThere() {
        var address = IdentityClient.randomAddress();
        var colleague = email();
        identity.register(colleague, PASSWORD, "Colleague");
        var newcomer = email();
        identity.register(newcomer, PASSWORD, "Newcomer");
        var nat = new IdentityClient(identity.base, address);
        assertThat(nat.passwordGrant(colleague, PASSWORD).status()).isEqualTo(200);
        // 20 failures (the per-address limit) against existing accounts, 2 each (under the per-account limit).
        for (int i = 0; i < 10; i++) {
            var victim = email();
            identity.register(victim, PASSWORD, "Victim");
            assertThat(nat.passwordGrant(victim, "wrong-password-1").status()).isEqualTo(400);
            assertThat(nat.passwordGrant(victim, "wrong-password-2").status()).isEqualTo(400);
        }

        var fromAttacker = nat.passwordGrant(newcomer, PASSWORD);
        assertThat(fromAttacker.status()).isEqualTo(429);
        assertThat(fromAttacker.header("Retry-After")).isNotBlank();
        assertThat(new IdentityClient(identity.base)
                        .passwordGrant(newcomer, PASSWORD)
                        .status())
                .isEqualTo(200);
        // Someone behind the same address who signed in from it before is not locked out by the guessing.
        assertThat(new IdentityClient(identity.base, address)
                        .passwordGrant(colleague, PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void failedSignInsOfAccountsThatDoNotExistNeverLockTheAddress() {
        // As seen: a client whose test accounts were never created (its registrations were refused) fails to sign
        // them in, many times, from the address the admin signs in from.
        var address = IdentityClient.randomAddress();
        var client = new IdentityClient(identity.base, address);
        for (int i = 0; i < 30; i++) {
            assertThat(client.passwordGrant("never-registered-" + i + "-" + email(), PASSWORD)
                            .status())
                    .isEqualTo(400);
        }

        var admin = new IdentityClient(identity.base, address).passwordGrant(ADMIN, ADMIN_PASSWORD);
        assertThat(admin.status()).as(admin.raw().body()).isEqualTo(200);
    }

    @Test
    void changingThePasswordWithWrongCurrentPasswordsIsThrottledLikeSignIn() {
        var email = email();
        identity.register(email, PASSWORD, "Stolen Token");
        var access = identity.passwordGrant(email, PASSWORD).text("access_token");

        for (int i = 0; i < 3; i++) {
            var wrong = identity.json(
                    "POST",
                    "/api/identity/me/password",
                    Map.of("currentPassword", "guess-number-" + i, "newPassword", "New-Horse-4242"),
                    access);
            assertThat(wrong.status()).as(wrong.raw().body()).isEqualTo(422);
            assertThat(wrong.text("code")).isEqualTo("IDENTITY.WRONG_PASSWORD");
        }
        var throttled = identity.json(
                "POST",
                "/api/identity/me/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "New-Horse-4242"),
                access);
        assertThat(throttled.status()).as(throttled.raw().body()).isEqualTo(429);
        assertThat(throttled.text("code")).isEqualTo("IDENTITY.SIGN_IN_LOCKED");
        assertThat(throttled.header("Retry-After")).isNotBlank();
        assertThat(throttled.header("Content-Type")).startsWith("application/problem+json");
        // The same count as sign-in: the password grant from that address is locked too.
        assertThat(identity.passwordGrant(email, PASSWORD).status()).isEqualTo(429);
    }

    @Test
    void signInAnswersTheSameForAnUnknownAccountAWrongPasswordAndADisabledAccount() {
        var admin = identity.passwordGrant(ADMIN, ADMIN_PASSWORD).text("access_token");
        var email = email();
        var id = identity.register(email, PASSWORD, "Soon disabled").text("id");
        assertThat(identity.json("POST", "/api/identity/users/" + id + "/disable", null, admin)
                        .status())
                .isEqualTo(204);

        var other = email();
        identity.register(other, PASSWORD, "Other");
        var unknown = new IdentityClient(identity.base).passwordGrant(email(), "wrong-password-1");
        var wrong = new IdentityClient(identity.base).passwordGrant(other, "wrong-password-1");
        var disabledWrong = new IdentityClient(identity.base).passwordGrant(email, "wrong-password-1");

        for (var answer : List.of(unknown, wrong, disabledWrong)) {
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.text("error")).isEqualTo("invalid_grant");
            assertThat(answer.text("error_description")).isEqualTo("Wrong email or password.");
        }
        // Only whoever knows the password learns that the account is disabled.
        var disabledRight = new IdentityClient(identity.base).passwordGrant(email, PASSWORD);
        assertThat(disabledRight.status()).isEqualTo(400);
        assertThat(disabledRight.text("error_description")).isEqualTo("The account is disabled.");
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
        assertThat(page.body().get("total").asLong()).isEqualTo(1);
        assertThat(page.body().get("totalPages").asInt()).isEqualTo(1);
        assertThat(page.body().has("totalItems")).isFalse();
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
    void aServiceTokenIsNeverAUser() {
        var service = identity.clientCredentials("ordering-service", "ordering-service-dev-secret", null)
                .text("access_token");

        var me = identity.get("/api/identity/me", service);
        assertThat(me.status()).as(me.raw().body()).isEqualTo(403);
        assertThat(me.header("Content-Type")).startsWith("application/problem+json");
        var password = identity.json(
                "POST",
                "/api/identity/me/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "New-Horse-4242"),
                service);
        assertThat(password.status()).isEqualTo(403);
    }

    @Test
    void aClientIdThatReadsAsAUuidIsRefused() {
        var admin = identity.passwordGrant(ADMIN, ADMIN_PASSWORD).text("access_token");
        for (var clientId : List.of(UUID.randomUUID().toString(), "dead-beef-1-2-3")) {
            var refused = identity.json(
                    "POST",
                    "/api/identity/clients",
                    Map.of("clientId", clientId, "scopes", List.of("catalog.read")),
                    admin);
            assertThat(refused.status()).as(refused.raw().body()).isEqualTo(400);
            assertThat(refused.text("code")).isEqualTo("REQUEST.VALIDATION_FAILED");
            assertThat(refused.body().get("errors").findValuesAsString("field")).containsExactly("clientId");
        }
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
