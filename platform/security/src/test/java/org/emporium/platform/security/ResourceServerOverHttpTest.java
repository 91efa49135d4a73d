package org.emporium.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.emporium.platform.core.ProblemCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resource-server setup every service uses, proven over real HTTP: tokens are signed here with RSA keys that a
 * JDK HTTP server publishes as a JWKS, and every way a token can be wrong must end in 401 problem+json.
 */
@SpringBootTest(
        classes = ResourceServerOverHttpTest.TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=security-test")
class ResourceServerOverHttpTest {
    private static final String ISSUER = "https://id.emporium.test";
    private static final String AUDIENCE = "emporium-api";
    private static final JOSEObjectType AT_JWT = new JOSEObjectType("at+jwt");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final RSAKey SIGNING_KEY = rsaKey("key-1");
    private static final List<JWK> PUBLISHED = new CopyOnWriteArrayList<>(List.of(SIGNING_KEY.toPublicJWK()));
    private static final AtomicInteger JWKS_FETCHES = new AtomicInteger();
    private static final HttpServer JWKS_SERVER = startJwksServer();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void security(DynamicPropertyRegistry registry) {
        registry.add(
                "emporium.security.jwk-set-uri",
                () -> "http://127.0.0.1:" + JWKS_SERVER.getAddress().getPort() + "/oauth2/jwks");
        registry.add("emporium.security.issuer-uri", () -> ISSUER);
        registry.add("emporium.security.audience", () -> AUDIENCE);
        // a rotation is fetched at once here; the rate limit of unknown-kid fetches has RateLimitedJwksTest
        registry.add("emporium.security.jwks-min-refresh-interval", () -> "0s");
    }

    @AfterAll
    static void stopJwksServer() {
        JWKS_SERVER.stop(0);
    }

    // ---- who may call what

    @Test
    void publicEndpointNeedsNoToken() throws Exception {
        var response = get("/public/hello", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("hello");
    }

    @Test
    void noTokenIsUnauthorizedProblemWithBearerChallenge() throws Exception {
        var response = get("/me", null);

        assertUnauthorized(response);
        // RFC 6750 section 3.1: no error code when the request carried no token at all
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).doesNotContain("error="));
    }

    @Test
    void refusedTokenChallengeNamesTheErrorButNotTheReason() throws Exception {
        var now = Instant.now();
        var token = sign(claims(UUID.randomUUID().toString())
                .issueTime(Date.from(now.minusSeconds(600)))
                .expirationTime(Date.from(now.minusSeconds(120))));

        var response = get("/me", token);

        assertUnauthorized(response);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge)
                        .contains("error=\"invalid_token\"")
                        .doesNotContainIgnoringCase("expired")
                        .doesNotContain("error_description"));
        assertThat(response.body()).doesNotContainIgnoringCase("expired");
    }

    @Test
    void customerTokenReachesAuthenticatedEndpointAsThatUser() throws Exception {
        var user = UUID.randomUUID();

        var response = get("/me", customer(user));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var body = json(response);
        assertThat(body.get("id").asString()).isEqualTo(user.toString());
        assertThat(body.get("admin").asBoolean()).isFalse();
    }

    @Test
    void customerOnAdminEndpointIsForbiddenProblem() throws Exception {
        var response = get("/admin/stats", customer(UUID.randomUUID()));

        assertProblem(response, 403, ProblemCodes.FORBIDDEN);
    }

    @Test
    void adminReachesAdminEndpoint() throws Exception {
        var response = get("/admin/stats", admin());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void scopeProtectedEndpointAcceptsTokenWithTheScope() throws Exception {
        var token = sign(claims(UUID.randomUUID().toString()).claim("scope", "orders:read orders:write"));

        var response = get("/orders/write", token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void scopeProtectedEndpointRefusesTokenWithoutTheScope() throws Exception {
        var token = sign(claims(UUID.randomUUID().toString()).claim("scope", "orders:read"));

        var response = get("/orders/write", token);

        assertProblem(response, 403, ProblemCodes.FORBIDDEN);
    }

    @Test
    void preAuthorizeRefusalIsForbiddenProblemNotServerError() throws Exception {
        var response = get("/method/admin", customer(UUID.randomUUID()));

        assertProblem(response, 403, ProblemCodes.FORBIDDEN);
    }

    @Test
    void preAuthorizeLetsAdminThrough() throws Exception {
        var response = get("/method/admin", admin());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void preAuthorizeRefusalOfAnAnonymousCallerIsUnauthorized() throws Exception {
        var response = get("/public/method-admin", null);

        assertUnauthorized(response);
    }

    @Test
    void currentUserOnAPublicEndpointWithoutTokenIsUnauthorized() throws Exception {
        var response = get("/public/whoami", null);

        assertUnauthorized(response);
    }

    @Test
    void serviceTokenWithoutUserIdIsForbiddenFromUserEndpoints() throws Exception {
        var token = sign(claims("orders-service").claim("scope", "orders:write"));

        var response = get("/me", token);

        assertProblem(response, 403, ProblemCodes.FORBIDDEN);
    }

    @Test
    void clientCredentialsTokenIsNeverAUserEvenWithAUuidSubjectAndRoles() throws Exception {
        var clientId = UUID.randomUUID().toString();
        var token = sign(claims(clientId).claim("client_id", clientId).claim("roles", List.of("ADMIN")));

        assertProblem(get("/me", token), 403, ProblemCodes.FORBIDDEN);
        assertProblem(get("/admin/stats", token), 403, ProblemCodes.FORBIDDEN);
    }

    @Test
    void healthProbesAreOpenWithoutToken() throws Exception {
        for (var path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            var response = get(path, null);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
        }
    }

    // ---- every way a token can be wrong

    @Test
    void expiredTokenIsUnauthorized() throws Exception {
        var now = Instant.now();
        var token = sign(claims(UUID.randomUUID().toString())
                .issueTime(Date.from(now.minusSeconds(600)))
                .expirationTime(Date.from(now.minusSeconds(120))));

        assertUnauthorized(get("/me", token));
    }

    @Test
    void tokenWithoutExpiryIsUnauthorized() throws Exception {
        var token = sign(claims(UUID.randomUUID().toString()).expirationTime(null));

        assertUnauthorized(get("/me", token));
    }

    @Test
    void tokenNotYetValidIsUnauthorized() throws Exception {
        var token = sign(claims(UUID.randomUUID().toString())
                .notBeforeTime(Date.from(Instant.now().plusSeconds(300)))
                .expirationTime(Date.from(Instant.now().plusSeconds(900))));

        assertUnauthorized(get("/me", token));
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() throws Exception {
        var token = sign(claims(UUID.randomUUID().toString()).issuer("https://evil.example"));

        assertUnauthorized(get("/me", token));
    }

    @Test
    void tokenForAnotherAudienceIsUnauthorized() throws Exception {
        var token = sign(claims(UUID.randomUUID().toString()).audience("another-api"));

        assertUnauthorized(get("/me", token));
    }

    @Test
    void tokenWithoutAudienceIsUnauthorized() throws Exception {
        var token = sign(claims(UUID.randomUUID().toString()).audience((String) null));

        assertUnauthorized(get("/me", token));
    }

    @Test
    void tokenTypedAsPlainJwtIsUnauthorized() throws Exception {
        var token = sign(claims(UUID.randomUUID().toString()), JOSEObjectType.JWT, SIGNING_KEY);

        assertUnauthorized(get("/me", token));
    }

    @Test
    void tokenWithoutTypeIsUnauthorized() throws Exception {
        var token = sign(claims(UUID.randomUUID().toString()), null, SIGNING_KEY);

        assertUnauthorized(get("/me", token));
    }

    @Test
    void tokenTypedWithTheFullAccessTokenMediaTypeIsAccepted() throws Exception {
        // RFC 9068 section 4: "at+jwt" or "application/at+jwt".
        var token = sign(userClaims(), new JOSEObjectType("application/at+jwt"), SIGNING_KEY);

        assertThat(get("/me", token).statusCode()).isEqualTo(200);
    }

    @Test
    void unsignedAlgNoneTokenIsUnauthorized() throws Exception {
        var claims = claims(UUID.randomUUID().toString())
                .claim("roles", List.of("ADMIN"))
                .build();
        var header = new com.nimbusds.jose.PlainHeader.Builder().type(AT_JWT).build();
        var token = new PlainJWT(header, claims).serialize();

        assertUnauthorized(get("/admin/stats", token));
    }

    @Test
    void hs256TokenKeyedWithThePublicKeyIsUnauthorized() throws Exception {
        // The algorithm-confusion attack: HMAC with the (public) RSA key bytes as the shared secret.
        var claims = claims(UUID.randomUUID().toString())
                .claim("roles", List.of("ADMIN"))
                .build();
        var header = new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID(SIGNING_KEY.getKeyID())
                .type(AT_JWT)
                .build();
        var jwt = new SignedJWT(header, claims);
        jwt.sign(new MACSigner(SIGNING_KEY.toRSAPublicKey().getEncoded()));

        assertUnauthorized(get("/admin/stats", jwt.serialize()));
    }

    @Test
    void tamperedPayloadIsUnauthorized() throws Exception {
        var user = UUID.randomUUID();
        var parts = customer(user).split("\\.");
        var forged = claims(user.toString()).claim("roles", List.of("ADMIN")).build();
        var tampered = parts[0] + "." + Base64URL.encode(forged.toString()) + "." + parts[2];

        assertUnauthorized(get("/admin/stats", tampered));
        // the untampered token is fine, so it was the tampering that was refused
        assertThat(get("/me", customer(user)).statusCode()).isEqualTo(200);
    }

    @Test
    void tokenSignedByAnUnknownKeyIsUnauthorized() throws Exception {
        var stranger = rsaKey("stranger");
        var token = sign(claims(UUID.randomUUID().toString()), AT_JWT, stranger);

        assertUnauthorized(get("/me", token));
    }

    @Test
    void tokenSignedByAnUnknownKeyReusingAKnownKidIsUnauthorized() throws Exception {
        var impostor = rsaKey(SIGNING_KEY.getKeyID());
        var token = sign(claims(UUID.randomUUID().toString()), AT_JWT, impostor);

        assertUnauthorized(get("/me", token));
    }

    @Test
    void keyAddedToTheJwksAfterStartIsFetchedOnFirstUse() throws Exception {
        // The decoder has already cached the JWKS with only the first key.
        assertThat(get("/me", customer(UUID.randomUUID())).statusCode()).isEqualTo(200);
        var fetchesBefore = JWKS_FETCHES.get();
        var rotated = rsaKey("key-rotated-" + UUID.randomUUID());
        var token = sign(userClaims(), AT_JWT, rotated);
        assertThat(get("/me", token).statusCode())
                .as("before the key is published")
                .isEqualTo(401);

        PUBLISHED.add(rotated.toPublicJWK());
        var response = get("/me", token);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JWKS_FETCHES.get()).isGreaterThan(fetchesBefore);
        // the old key still works too
        assertThat(get("/me", customer(UUID.randomUUID())).statusCode()).isEqualTo(200);
    }

    // ---- helpers

    private static RSAKey rsaKey(String kid) {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(kid)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer startJwksServer() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/oauth2/jwks", exchange -> {
                JWKS_FETCHES.incrementAndGet();
                var body = new JWKSet(List.copyOf(PUBLISHED)).toString(true).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/jwk-set+json");
                exchange.sendResponseHeaders(200, body.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder claims(String subject) {
        var now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString());
    }

    /** The claims of a person's token as identity issues it: {@code user_id} = {@code sub}. */
    private static JWTClaimsSet.Builder userClaims() {
        var user = UUID.randomUUID().toString();
        return claims(user).claim(CurrentUser.USER_ID_CLAIM, user);
    }

    /** A person's token as identity issues it: {@code user_id} = {@code sub}. */
    private static String customer(UUID user) {
        return sign(claims(user.toString())
                .claim(CurrentUser.USER_ID_CLAIM, user.toString())
                .claim("roles", List.of("CUSTOMER")));
    }

    private static String admin() {
        var user = UUID.randomUUID().toString();
        return sign(claims(user).claim(CurrentUser.USER_ID_CLAIM, user).claim("roles", List.of("ADMIN")));
    }

    private static String sign(JWTClaimsSet.Builder claims) {
        return sign(claims, AT_JWT, SIGNING_KEY);
    }

    private static String sign(JWTClaimsSet.Builder claims, JOSEObjectType type, RSAKey key) {
        try {
            var header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(key.getKeyID())
                    .type(type)
                    .build();
            var jwt = new SignedJWT(header, claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertProblem(response, 401, ProblemCodes.UNAUTHENTICATED);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(
                        challenge -> assertThat(challenge).startsWith("Bearer").doesNotContain("error_description"));
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .as("Content-Type")
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var body = json(response);
        assertThat(body.path("code").asString(null))
                .as("code in %s", response.body())
                .isEqualTo(code);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        return body;
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(SecuredController.class)
    static class TestApp {
        @Bean
        SecurityFilterChain api(HttpSecurity http, EmporiumSecurity security) throws Exception {
            return security.resourceServer(http)
                    .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/public/**")
                            .permitAll()
                            .requestMatchers("/admin/**")
                            .hasRole(CurrentUser.ADMIN)
                            .requestMatchers("/orders/write")
                            .hasAuthority("SCOPE_orders:write")
                            .anyRequest()
                            .authenticated())
                    .build();
        }
    }

    @RestController
    public static class SecuredController {
        private final CurrentUser currentUser;

        public SecuredController(CurrentUser currentUser) {
            this.currentUser = currentUser;
        }

        @GetMapping("/public/hello")
        public String hello() {
            return "hello";
        }

        @GetMapping("/public/whoami")
        public Map<String, Object> whoami() {
            return Map.of("id", currentUser.id());
        }

        @GetMapping("/me")
        public Map<String, Object> me() {
            return Map.of("id", currentUser.id(), "admin", currentUser.isAdmin());
        }

        @GetMapping("/public/method-admin")
        @PreAuthorize("hasRole('ADMIN')")
        public Map<String, Object> publicMethodAdmin() {
            return Map.of("ok", true);
        }

        @GetMapping("/admin/stats")
        public Map<String, Object> stats() {
            return Map.of("orders", 42);
        }

        @GetMapping("/orders/write")
        public Map<String, Object> write() {
            return Map.of("ok", true);
        }

        @GetMapping("/method/admin")
        @PreAuthorize("hasRole('ADMIN')")
        public Map<String, Object> methodAdmin() {
            return Map.of("ok", true);
        }
    }
}
