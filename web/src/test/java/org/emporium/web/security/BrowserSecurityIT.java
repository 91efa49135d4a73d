package org.emporium.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.emporium.web.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;

/** What a browser gets from the web app before anyone signs in: headers, cookies, CSRF and the way to sign in. */
class BrowserSecurityIT extends WebIntegrationTest {
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Test
    void servesPagesWithAStrictContentSecurityPolicy() throws Exception {
        var page = get("/register");

        assertThat(page.statusCode()).isEqualTo(200);
        var csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("default-src 'self'")
                .contains("script-src 'self'")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body())
                .doesNotContain("<script>")
                .containsPattern("/assets/webjars/htmx.org/[^/]+/dist/htmx.min.js");
    }

    @Test
    void servesHtmxFromItsWebJarUnderThisOrigin() throws Exception {
        var script = get("/assets/webjars/htmx.org/dist/htmx.min.js");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("htmx");
    }

    @Test
    void keepsTheSessionInRedisBehindAnHttpOnlySameSiteCookie() throws Exception {
        var page = get("/register");

        var cookie = sessionCookie(page);
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie).doesNotContain("Secure"); // the test profile is not prod; prod sets Secure
        var sessionId = new String(
                Base64.getDecoder().decode(cookie.split(";", 2)[0].substring("EMPORIUM_SESSION=".length())),
                StandardCharsets.UTF_8);
        assertThat(redis.hasKey("emporium:web:session:sessions:" + sessionId)).isTrue();
    }

    @Test
    void refusesAFormPostedWithoutItsCsrfToken() throws Exception {
        var page = get("/register");
        var cookie = cookieHeader(page);

        var withoutToken =
                postForm("/register", "email=a%40example.com&password=secret123&displayName=A", "Cookie", cookie);
        var withAForgedToken = postForm(
                "/register", "email=a%40example.com&password=secret123&displayName=A&_csrf=forged", "Cookie", cookie);

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withAForgedToken.statusCode()).isEqualTo(403);
    }

    @Test
    void acceptsTheFormWithItsCsrfTokenAndValidatesIt() throws Exception {
        var page = get("/register");
        var token = csrfToken(page);

        // A valid token gets past CSRF; the empty form is then refused by the form's own validation (200 + errors).
        var answer =
                postForm("/register", "email=&password=&displayName=&_csrf=" + token, "Cookie", cookieHeader(page));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Enter a valid email address.");
    }

    @Test
    void sendsAVisitorToSignInWithAuthorizationCodeAndPkce() throws Exception {
        var basket = get("/basket");

        assertThat(basket.statusCode()).isEqualTo(302);
        assertThat(basket.headers().firstValue("Location").orElseThrow()).endsWith("/auth/signin/identity");

        var signIn = get("/auth/signin/identity", "Cookie", cookieHeader(basket));
        assertThat(signIn.statusCode()).isEqualTo(302);
        var authorize = URI.create(signIn.headers().firstValue("Location").orElseThrow());
        var query = URLDecoder.decode(authorize.getRawQuery(), StandardCharsets.UTF_8);
        assertThat(authorize.toString()).startsWith("http://localhost:8080/oauth2/authorize?");
        assertThat(query)
                .contains("response_type=code")
                .contains("client_id=web")
                .contains("code_challenge_method=S256")
                .contains("code_challenge=")
                .contains("redirect_uri=http://127.0.0.1:" + port + "/auth/callback")
                .contains("state=")
                .contains("scope=openid profile email");
    }

    @Test
    void sendsAVisitorOfTheBackOfficeToSignInToo() throws Exception {
        var admin = get("/admin");

        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location").orElseThrow()).endsWith("/auth/signin/identity");
    }

    @Test
    void refusesASignOutWithoutItsCsrfToken() throws Exception {
        var signOut = postForm("/auth/signout", "");

        assertThat(signOut.statusCode()).isEqualTo(403);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("EMPORIUM_SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    private static String cookieHeader(HttpResponse<?> response) {
        return sessionCookie(response).split(";", 2)[0];
    }

    private static String csrfToken(HttpResponse<String> page) {
        var matcher = CSRF_FIELD.matcher(page.body());
        assertThat(matcher.find()).as("a _csrf field in the form").isTrue();
        return matcher.group(1);
    }
}
