package org.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

class EdgeAuthenticationIT extends GatewayTestSupport {

    static Stream<Arguments> publicRoutes() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/catalog/products"),
                Arguments.of(HttpMethod.GET, "/api/catalog/images/42.png"),
                Arguments.of(HttpMethod.POST, "/oauth2/token"),
                Arguments.of(HttpMethod.POST, "/oauth2/revoke"),
                Arguments.of(HttpMethod.POST, "/oauth2/introspect"),
                Arguments.of(HttpMethod.GET, "/oauth2/authorize?response_type=code"),
                Arguments.of(HttpMethod.GET, "/oauth2/jwks"),
                Arguments.of(HttpMethod.GET, "/.well-known/openid-configuration"),
                Arguments.of(HttpMethod.GET, "/login"),
                Arguments.of(HttpMethod.GET, "/v3/api-docs/catalog"));
    }

    @ParameterizedTest
    @MethodSource("publicRoutes")
    void publicRoutesNeedNoToken(HttpMethod method, String uri) {
        client.method(method).uri(uri).exchange().expectStatus().isOk();
    }

    @Test
    void registrationIsPublicButOnlyAsPost() {
        forgetRateLimits();
        client.post()
                .uri("/api/identity/users")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isOk();
        client.get().uri("/api/identity/users").exchange().expectStatus().isUnauthorized();
    }

    static Stream<Arguments> protectedRoutes() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/basket/mine"),
                Arguments.of(HttpMethod.POST, "/api/catalog/products"),
                Arguments.of(HttpMethod.DELETE, "/api/catalog/products/1"),
                Arguments.of(HttpMethod.POST, "/api/ordering/orders"),
                Arguments.of(HttpMethod.GET, "/api/comment/reviews/mine"),
                Arguments.of(HttpMethod.GET, "/userinfo"),
                Arguments.of(HttpMethod.GET, "/api/statistics/sales"));
    }

    @ParameterizedTest
    @MethodSource("protectedRoutes")
    void everythingElseNeedsAToken(HttpMethod method, String uri) {
        client.method(method)
                .uri(uri)
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(401)
                .jsonPath("$.code")
                .isEqualTo("AUTH.UNAUTHENTICATED");
        assertThat(BASKET.received()).isEmpty();
        assertThat(CATALOG.received()).isEmpty();
        assertThat(ORDERING.received()).isEmpty();
    }

    @Test
    void aValidTokenIsPassedOnUnchanged() {
        var token = TOKENS.valid("customer-7");

        client.get()
                .uri("/api/basket/mine")
                .header("Authorization", bearer(token))
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(BASKET.last().header("authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void toleratesASmallClockSkew() {
        var token = TOKENS.sign(
                TOKENS.signingKey,
                h -> {},
                c -> c.issueTime(Date.from(Instant.now().minusSeconds(300)))
                        .expirationTime(Date.from(Instant.now().minusSeconds(10))));

        client.get()
                .uri("/api/basket/mine")
                .header("Authorization", bearer(token))
                .exchange()
                .expectStatus()
                .isOk();
    }

    static Stream<Arguments> badTokens() {
        var past = Date.from(Instant.now().minus(Duration.ofMinutes(5)));
        var future = Date.from(Instant.now().plus(Duration.ofMinutes(5)));
        return Stream.of(
                Arguments.of(
                        "expired",
                        TOKENS.sign(
                                TOKENS.signingKey,
                                h -> {},
                                c -> c.issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(10))))
                                        .expirationTime(past))),
                Arguments.of("without exp", TOKENS.sign(TOKENS.signingKey, h -> {}, c -> c.expirationTime(null))),
                Arguments.of("not yet valid", TOKENS.sign(TOKENS.signingKey, h -> {}, c -> c.notBeforeTime(future))),
                Arguments.of("tampered", TOKENS.tampered("customer-1")),
                Arguments.of("alg none", TOKENS.algNone("customer-1")),
                Arguments.of("HS256 with the public key", TOKENS.hs256("customer-1")),
                Arguments.of(
                        "wrong issuer", TOKENS.sign(TOKENS.signingKey, h -> {}, c -> c.issuer("http://evil.test"))),
                Arguments.of(
                        "wrong audience",
                        TOKENS.sign(TOKENS.signingKey, h -> {}, c -> c.audience(List.of("other-api")))),
                Arguments.of(
                        "typ JWT (an ID token, not an access token)",
                        TOKENS.sign(TOKENS.signingKey, h -> h.type(JOSEObjectType.JWT), c -> {})),
                Arguments.of(
                        "signed by a key identity never published",
                        TOKENS.sign(TOKENS.unpublishedKey, h -> {}, c -> {})),
                Arguments.of(
                        "unknown kid on a published key",
                        TOKENS.sign(TOKENS.signingKey, h -> h.keyID("nope"), c -> {})),
                Arguments.of("garbage", "not.a.token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void refusesBadTokensWith401(String why, String token) {
        client.get()
                .uri("/api/basket/mine")
                .header("Authorization", bearer(token))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .value("WWW-Authenticate", v -> assertThat(v).startsWith("Bearer error=\"invalid_token\""))
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("AUTH.INVALID_TOKEN");
        assertThat(BASKET.received()).isEmpty();
    }

    @Test
    void aBadTokenIsRefusedEvenOnAPublicRoute() {
        client.get()
                .uri("/api/catalog/products")
                .header("Authorization", bearer(TOKENS.tampered("x")))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    @Test
    void cachesSigningKeysAndFetchesThemAgainWhenIdentityRotates() {
        client.get()
                .uri("/api/basket/mine")
                .header("Authorization", bearer(TOKENS.valid("c-1")))
                .exchange()
                .expectStatus()
                .isOk();
        IDENTITY.reset();
        for (int i = 0; i < 5; i++) {
            client.get()
                    .uri("/api/basket/mine")
                    .header("Authorization", bearer(TOKENS.valid("c-" + i)))
                    .exchange()
                    .expectStatus()
                    .isOk();
        }
        assertThat(IDENTITY.count("/oauth2/jwks")).as("keys are cached").isZero();

        var rotated = Tokens.newKey("key-2");
        TOKENS.publish(rotated);
        client.get()
                .uri("/api/basket/mine")
                .header("Authorization", bearer(TOKENS.sign(rotated, h -> {}, c -> {})))
                .exchange()
                .expectStatus()
                .isOk();
        assertThat(IDENTITY.count("/oauth2/jwks"))
                .as("an unknown kid fetches the keys again")
                .isEqualTo(1);
    }

    @Test
    void stripsIdentityHeadersClientsSend() {
        client.get()
                .uri("/api/basket/mine")
                .header("Authorization", bearer(TOKENS.valid("customer-1")))
                .header("X-User-Id", "admin")
                .header("X-User-Roles", "ADMIN")
                .header("X-Forwarded-User", "admin")
                .header("X-Forwarded-For", "10.0.0.1")
                .header("Forwarded", "for=10.0.0.1")
                .header("X-Auth-Request-User", "admin")
                .header("X-Remote-User", "admin")
                .exchange()
                .expectStatus()
                .isOk();

        var seen = BASKET.last();
        assertThat(seen.headers())
                .doesNotContainKeys(
                        "x-user-id",
                        "x-user-roles",
                        "x-forwarded-user",
                        "x-auth-request-user",
                        "x-remote-user",
                        "forwarded");
        assertThat(seen.header("x-forwarded-for"))
                .as("the real peer, not what the client claimed")
                .isEqualTo("127.0.0.1");
        assertThat(seen.header("authorization")).startsWith("Bearer ");
    }

    @Test
    void answersCorsPreflightsForAllowedOrigins() {
        client.options()
                .uri("/api/basket/mine")
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Access-Control-Allow-Origin", "http://localhost:3000")
                .expectHeader()
                .value("Access-Control-Allow-Methods", v -> assertThat(v).contains("POST"))
                .expectHeader()
                .value(
                        "Access-Control-Allow-Headers",
                        v -> assertThat(v.toLowerCase()).contains("authorization"));
        assertThat(BASKET.received()).isEmpty();
    }

    /** The one 403 the edge gives: no gateway rule refuses a valid token (roles are the services' job). */
    @Test
    void refusesRequestsFromOtherOriginsWithA403Problem() {
        client.options()
                .uri("/api/basket/mine")
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .doesNotExist("Access-Control-Allow-Origin")
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(403)
                .jsonPath("$.code")
                .isEqualTo("GATEWAY.CORS_REJECTED");

        client.get()
                .uri("/api/catalog/products")
                .header("Origin", "http://evil.example")
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("GATEWAY.CORS_REJECTED");

        assertThat(BASKET.received()).isEmpty();
        assertThat(CATALOG.received()).isEmpty();
    }

    @Test
    void addsCorsHeadersToActualRequests() {
        client.get()
                .uri("/api/catalog/products")
                .header("Origin", "http://localhost:5173")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Access-Control-Allow-Origin", "http://localhost:5173");
    }
}
