package org.emporium.comment.infrastructure.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.emporium.platform.test.RealInfrastructure;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An empty product copy is seeded from the catalog's API on start, with a client-credentials token: against a stub
 * of identity's token endpoint and the two catalog endpoints (its own context, so its database starts empty). The
 * first search fails, so the seeding has to retry. The demo reviews are on too: they wait for the seeded demo products
 * and are written once.
 */
@SpringBootTest
@RealInfrastructure
@ActiveProfiles("test")
class ProductCopySeederIT {
    private static final UUID ACTIVE = UUID.randomUUID();
    private static final UUID DRAFT = UUID.randomUUID();
    /** The demo catalog's products the demo reviews are about, by slug. */
    private static final List<String> DEMO_SLUGS = List.of(
            "wireless-noise-cancelling-headphones",
            "studio-monitor-headphones",
            "true-wireless-earbuds",
            "portable-bluetooth-speaker");

    private static final List<String> LOOKUP_AUTHORIZATIONS = new CopyOnWriteArrayList<>();
    private static final HttpServer CATALOG = stub();
    private static volatile int searches;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        var base = "http://127.0.0.1:" + CATALOG.getAddress().getPort();
        registry.add("emporium.security.issuer-uri", () -> TestTokens.ISSUER);
        registry.add("emporium.security.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("emporium.comment.product-seed.enabled", () -> "true");
        registry.add("emporium.comment.product-seed.retry-every", () -> "200ms");
        registry.add("emporium.comment.demo-data.enabled", () -> "true");
        registry.add("emporium.services.catalog.url", () -> base);
        registry.add("emporium.client.token-uri", () -> base + "/oauth2/token");
    }

    @AfterAll
    static void stop() {
        CATALOG.stop(0);
    }

    @Test
    void fillsTheEmptyCopyFromTheCatalogsSearchAndLookupWithTheServiceToken() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(status(ACTIVE)).isEqualTo("ACTIVE");
            assertThat(status(DRAFT)).isEqualTo("DRAFT");
        });
        assertThat(searches).as("the first attempt failed and was retried").isGreaterThanOrEqualTo(2);
        assertThat(LOOKUP_AUTHORIZATIONS).isNotEmpty().allMatch("Bearer stub-service-token"::equals);
        assertThat(jdbc.sql("SELECT slug FROM known_products WHERE id = :id")
                        .param("id", ACTIVE)
                        .query(String.class)
                        .single())
                .isEqualTo("active-lamp");
    }

    @Test
    void theDemoReviewsAreWrittenOnceApprovedOnTheSeededDemoProducts() {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM reviews WHERE status = 'APPROVED'")
                                .query(Long.class)
                                .single())
                        .isEqualTo(5));
        assertThat(jdbc.sql("SELECT count(*) FROM reviews").query(Long.class).single())
                .isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM emporium_outbox WHERE routing_key = 'comment.review-published'")
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    private String status(UUID id) {
        return jdbc.sql("SELECT status FROM known_products WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static HttpServer stub() {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/oauth2/token", exchange -> answer(exchange, 200, """
                    {"access_token": "stub-service-token", "token_type": "Bearer", "expires_in": 300,
                     "scope": "catalog.read"}"""));
            server.createContext("/api/catalog/products/lookup", exchange -> {
                LOOKUP_AUTHORIZATIONS.add(exchange.getRequestHeaders().getFirst("Authorization"));
                var demo = new StringBuilder();
                for (var slug : DEMO_SLUGS) {
                    demo.append("{\"id\": \"%s\", \"slug\": \"%s\", \"name\": \"%s\", \"status\": \"ACTIVE\"},"
                            .formatted(demoId(slug), slug, slug));
                }
                answer(exchange, 200, """
                        {"products": [%s
                          {"id": "%s", "slug": "active-lamp", "name": "Active lamp", "price": 10, "currency": "EUR",
                           "status": "ACTIVE", "stock": 3},
                          {"id": "%s", "slug": "draft-lamp", "name": "Draft lamp", "price": 10, "currency": "EUR",
                           "status": "DRAFT", "stock": 0}],
                         "missing": []}""".formatted(demo, ACTIVE, DRAFT));
            });
            server.createContext("/api/catalog/products", exchange -> {
                if (searches++ == 0) {
                    answer(exchange, 503, "{}");
                    return;
                }
                answer(exchange, 200, """
                        {"items": [%s{"id": "%s"}, {"id": "%s"}], "page": 0, "size": 100, "total": 6,
                         "totalPages": 1}""".formatted(demoItems(), ACTIVE, DRAFT));
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static UUID demoId(String slug) {
        return UUID.nameUUIDFromBytes(slug.getBytes(StandardCharsets.UTF_8));
    }

    private static String demoItems() {
        var items = new StringBuilder();
        DEMO_SLUGS.forEach(
                slug -> items.append("{\"id\": \"").append(demoId(slug)).append("\"},"));
        return items.toString();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getRequestBody().readAllBytes();
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }
}
