package org.emporium.identity.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.emporium.identity.IdentityApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two identity replicas on one database serve one browser's authorization-code flow, each step on the other replica
 * than the step before, as a load balancer without sticky sessions would send them: the sign-in form's session (the
 * saved authorization request, the CSRF token, the signed-in user) is in PostgreSQL ({@code login_sessions}), not
 * in one instance's memory. With sessions in memory the second step already fails (the CSRF token is unknown there).
 */
class TwoReplicasSignInIT extends IdentityIT {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String REDIRECT = "http://localhost:5173/callback";

    private static final List<String> SHARED_SETTINGS = List.of(
            "emporium.identity.access-token-lifetime",
            "emporium.identity.keys.publish-ahead",
            "emporium.identity.keys.cache-time",
            "emporium.identity.keys.rotation-interval",
            "emporium.identity.keys.first-check",
            "emporium.identity.keys.check-interval");

    private static ConfigurableApplicationContext second;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopSecondReplica() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void theCodeFlowHopsBetweenReplicasAndStillSignsIn() throws Exception {
        var a = identity.base;
        var b = secondReplica();
        var browser = new IdentityClient(a);
        var verifier = "verifier-" + UUID.randomUUID() + UUID.randomUUID();

        // 1. A: the authorization request is saved in the session, the browser is sent to the login form.
        var toLogin = html(
                browser,
                a + "/oauth2/authorize?response_type=code&client_id=emporium-web"
                        + "&scope=openid%20profile&redirect_uri="
                        + REDIRECT.replace(":", "%3A").replace("/", "%2F")
                        + "&state=hop&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256");
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.header("Location")).endsWith("/login");
        assertThat(toLogin.raw().headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("EMPORIUM_IDENTITY_SESSION=")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));

        // 2. B: the login form, its CSRF token stored in the same session.
        var page = html(browser, b + "/login");
        var csrf = CSRF.matcher(page.raw().body());
        assertThat(csrf.find()).as(page.raw().body()).isTrue();

        // 3. A: the form posted; the saved request (from step 1) is where it sends the browser back to.
        var login = browser.send(HttpRequest.newBuilder(URI.create(a + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(IdentityClient.encode(IdentityClient.form(
                        "username", CUSTOMER, "password", CUSTOMER_PASSWORD, "_csrf", csrf.group(1))))));
        assertThat(login.status()).as(login.raw().body()).isEqualTo(302);
        var back = URI.create(login.header("Location"));
        assertThat(back.getRawPath()).isEqualTo("/oauth2/authorize");

        // 4. B: the signed-in user of that session gets the code.
        var redirect = html(browser, b + back.getRawPath() + "?" + back.getRawQuery());
        assertThat(redirect.status()).as(redirect.raw().body()).isEqualTo(302);
        var location = URI.create(redirect.header("Location"));
        assertThat(location.toString()).startsWith(REDIRECT).contains("state=hop");
        var code = List.of(location.getRawQuery().split("&")).stream()
                .filter(p -> p.startsWith("code="))
                .map(p -> URLDecoder.decode(p.substring(5), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();

        // 5. A: the code is exchanged for the customer's tokens.
        var token = browser.token(
                IdentityClient.form(
                        "grant_type", "authorization_code",
                        "client_id", "emporium-web",
                        "code", code,
                        "redirect_uri", REDIRECT,
                        "code_verifier", verifier),
                null);
        assertThat(token.status()).as(token.raw().body()).isEqualTo(200);
        var claims = Tokens.validate(browser, token.text("access_token"), TokenGrantsIT.ISSUER);
        assertThat(claims.getStringClaim("email")).isEqualTo(CUSTOMER);

        // The session the two replicas shared is a row of identity's database, named after the signed-in user.
        assertThat(jdbc.sql("SELECT count(*) FROM login_sessions WHERE principal_name = :subject")
                        .param("subject", claims.getSubject())
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    /** A second identity on the shared context's database and broker, on a port of its own. */
    private String secondReplica() {
        if (second == null) {
            var args = List.of(
                    "--spring.profiles.active=dev",
                    "--server.port=0",
                    "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                    "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                    "--spring.datasource.password=" + environment.getRequiredProperty("spring.datasource.password"),
                    "--spring.rabbitmq.host=" + environment.getRequiredProperty("spring.rabbitmq.host"),
                    "--spring.rabbitmq.port=" + environment.getRequiredProperty("spring.rabbitmq.port"),
                    "--spring.rabbitmq.username=" + environment.getRequiredProperty("spring.rabbitmq.username"),
                    "--spring.rabbitmq.password=" + environment.getRequiredProperty("spring.rabbitmq.password"),
                    "--emporium.messaging.namespace=" + environment.getRequiredProperty("emporium.messaging.namespace"),
                    "--emporium.identity.bcrypt-strength=4");
            // The same identity settings as the shared context: a replica writes its clients' token settings (the
            // access-token lifetime) to the shared database, and the tests after this one rely on the shared one's.
            var same = SHARED_SETTINGS.stream().map(name -> "--" + name + "=" + environment.getRequiredProperty(name));
            second = new SpringApplicationBuilder(IdentityApplication.class)
                    .run(java.util.stream.Stream.concat(args.stream(), same).toArray(String[]::new));
        }
        var port = ((WebServerApplicationContext) second).getWebServer().getPort();
        return "http://localhost:" + port;
    }

    private static IdentityClient.Response html(IdentityClient browser, String url) {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html"));
    }

    private static String challenge(String verifier) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
