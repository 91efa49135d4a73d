package org.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.emporium.launcher.ServiceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A new customer's first visit, through the gateway only: register, sign in, look at themselves, refresh, sign out. */
@ExtendWith(PlatformExtension.class)
class IdentityJourneyIT {

    @Test
    void registerSignInReadProfileRefreshAndRevoke(RunningPlatform platform) {
        var client = platform.client();
        var email = "e2e-" + UUID.randomUUID() + "@example.com";

        var registered = client.post(
                "/api/identity/users",
                Map.of(
                        "email",
                        email,
                        "password",
                        "Correct-Horse-42!",
                        "displayName",
                        "E2E Shopper",
                        "roles",
                        java.util.List.of("ADMIN")),
                null);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);

        var token = client.login(email, "Correct-Horse-42!");
        assertThat(token.refreshToken()).isNotBlank();

        var me = client.get("/api/identity/me", token);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("email").asString()).isEqualTo(email);
        assertThat(me.json().path("roles").toString()).contains("CUSTOMER").doesNotContain("ADMIN");

        var refreshed = tokenForm(
                client,
                "grant_type=refresh_token&client_id=emporium-web&refresh_token=" + encode(token.refreshToken()));
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        var newRefreshToken = refreshed.json().path("refresh_token").asString();
        assertThat(newRefreshToken).isNotBlank().isNotEqualTo(token.refreshToken());
        var meAgain = client.get(
                "/api/identity/me",
                new EmporiumClient.Token(
                        refreshed.json().path("access_token").asString(), newRefreshToken, "Bearer", 0, ""));
        assertThat(meAgain.status()).isEqualTo(200);

        var revoked = client.send(client.request("/oauth2/revoke")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=emporium-web&token=" + encode(newRefreshToken))));
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);

        var refreshAfterRevoke = tokenForm(
                client, "grant_type=refresh_token&client_id=emporium-web&refresh_token=" + encode(newRefreshToken));
        assertThat(refreshAfterRevoke.status()).isEqualTo(400);
        assertThat(refreshAfterRevoke.json().path("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void protectedRoutesNeedATokenAndAdminRoutesNeedTheRole(RunningPlatform platform) {
        var client = platform.client();
        var anonymous = client.get("/api/identity/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).contains("application/problem+json");

        var customer = client.login(ServiceRegistry.DEMO_ACCOUNTS.get(1));
        assertThat(client.get("/api/identity/users", customer).status()).isEqualTo(403);

        var admin = client.login(ServiceRegistry.DEMO_ACCOUNTS.get(0));
        var users = client.get("/api/identity/users?query=emporium.dev", admin);
        assertThat(users.status()).as(users.toString()).isEqualTo(200);
        assertThat(users.body()).contains("customer@emporium.dev");
    }

    private static EmporiumClient.Response tokenForm(EmporiumClient client, String form) {
        return client.send(client.request("/oauth2/token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
