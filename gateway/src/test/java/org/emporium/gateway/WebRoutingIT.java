package org.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The web app's pages reach it without a token, and identity's own root paths still reach identity. */
class WebRoutingIT extends GatewayTestSupport {

    @Test
    void sendsTheWebAppsPagesToItWithoutAToken() {
        for (var path : new String[] {
            "/",
            "/search?q=lamp",
            "/products/desk-lamp",
            "/auth/callback?code=x&state=y",
            "/basket",
            "/admin/products",
            "/checkout/review",
            "/orders/7d9f3c1e-0000-4000-8000-000000000001",
            "/notifications",
            "/support/conversations/7d9f3c1e-0000-4000-8000-000000000002",
            "/account",
            "/live/events",
            "/assets/app.css"
        }) {
            client.get().uri(path).exchange().expectStatus().isOk();
        }

        assertThat(WEB.received())
                .extracting(StubService.Received::uri)
                .containsExactly(
                        "/",
                        "/search?q=lamp",
                        "/products/desk-lamp",
                        "/auth/callback?code=x&state=y",
                        "/basket",
                        "/admin/products",
                        "/checkout/review",
                        "/orders/7d9f3c1e-0000-4000-8000-000000000001",
                        "/notifications",
                        "/support/conversations/7d9f3c1e-0000-4000-8000-000000000002",
                        "/account",
                        "/live/events",
                        "/assets/app.css");
    }

    @Test
    void keepsIdentitysSignInAndAuthorizationEndpointsAtIdentity() {
        client.get().uri("/login").exchange().expectStatus().isOk();
        client.get()
                .uri("/oauth2/authorize?client_id=web")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(IDENTITY.received())
                .extracting(StubService.Received::uri)
                .containsExactly("/login", "/oauth2/authorize?client_id=web");
        assertThat(WEB.received()).isEmpty();
    }

    @Test
    void stillRequiresATokenForTheApis() {
        client.get().uri("/api/basket").exchange().expectStatus().isUnauthorized();

        assertThat(WEB.received()).isEmpty();
    }
}
