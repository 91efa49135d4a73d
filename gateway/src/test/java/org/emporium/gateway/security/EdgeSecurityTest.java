package org.emporium.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** The parts of the edge's one security filter that need no server: token parsing, route rules, headers. */
class EdgeSecurityTest {

    @Test
    void takesTheTokenFromAnAuthorizationBearerHeaderInAnyCase() {
        assertThat(EdgeSecurity.bearerToken(withAuthorization("Bearer abc.def-_~+/ghi==")))
                .isEqualTo("abc.def-_~+/ghi==");
        assertThat(EdgeSecurity.bearerToken(withAuthorization("bearer abc"))).isEqualTo("abc");
    }

    @Test
    void noTokenWithoutTheHeaderOrWithAnotherScheme() {
        assertThat(EdgeSecurity.bearerToken(MockServerHttpRequest.get("/").build()))
                .isNull();
        assertThat(EdgeSecurity.bearerToken(withAuthorization("Basic dXNlcjpwYXNz")))
                .isNull();
        assertThat(EdgeSecurity.bearerToken(
                        MockServerHttpRequest.get("/?access_token=abc").build()))
                .as("never from the query")
                .isNull();
    }

    @Test
    void aMalformedBearerIsRefusedNotIgnored() {
        for (var value : List.of("Bearer", "Bearer ", "Bearer a b", "Bearer a\"b", "Bearertoken")) {
            assertThatThrownBy(() -> EdgeSecurity.bearerToken(withAuthorization(value)))
                    .as(value)
                    .hasMessage("Bearer token is malformed");
        }
    }

    @Test
    void publicRoutesMatchTheirMethodAndPathAndTheActuator() {
        var routes = new PublicRoutes(List.of("GET /api/catalog/**", "/oauth2/token"));

        assertThat(routes.matches(exchange(HttpMethod.GET, "/api/catalog/products/1")))
                .isTrue();
        assertThat(routes.matches(exchange(HttpMethod.POST, "/api/catalog/products")))
                .isFalse();
        assertThat(routes.matches(exchange(HttpMethod.POST, "/oauth2/token"))).isTrue();
        assertThat(routes.matches(exchange(HttpMethod.GET, "/actuator/health"))).isTrue();
        assertThat(routes.matches(exchange(HttpMethod.GET, "/api/basket"))).isFalse();
    }

    @Test
    void writesSecurityHeadersButKeepsAServicesOwnCacheHeaders() {
        var plain = exchange(HttpMethod.GET, "/");
        SecurityHeaders.write(plain);
        var headers = plain.getResponse().getHeaders();
        assertThat(headers.getFirst("Cache-Control")).isEqualTo("no-cache, no-store, max-age=0, must-revalidate");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(headers.getFirst("Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
        assertThat(headers.containsHeader("Strict-Transport-Security"))
                .as("not on HTTP")
                .isFalse();

        var cached = exchange(HttpMethod.GET, "/");
        cached.getResponse().getHeaders().set("Cache-Control", "max-age=60");
        SecurityHeaders.write(cached);
        assertThat(cached.getResponse().getHeaders().getFirst("Cache-Control")).isEqualTo("max-age=60");
        assertThat(cached.getResponse().getHeaders().containsHeader("Pragma")).isFalse();

        var notModified = exchange(HttpMethod.GET, "/");
        notModified.getResponse().setStatusCode(HttpStatus.NOT_MODIFIED);
        SecurityHeaders.write(notModified);
        assertThat(notModified.getResponse().getHeaders().containsHeader("Cache-Control"))
                .isFalse();

        var https = MockServerWebExchange.from(MockServerHttpRequest.get("https://shop.example/"));
        SecurityHeaders.write(https);
        assertThat(https.getResponse().getHeaders().getFirst("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
    }

    private static MockServerHttpRequest withAuthorization(String value) {
        return MockServerHttpRequest.get("/api/basket")
                .header("Authorization", value)
                .build();
    }

    private static MockServerWebExchange exchange(HttpMethod method, String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.method(method, path));
    }
}
