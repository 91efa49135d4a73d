package org.emporium.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.emporium.catalog.support.CatalogClient.product;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.catalog.support.CatalogIntegrationTest;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProductApiIT extends CatalogIntegrationTest {
    @Autowired
    JsonMapper json;

    private UUID category;

    @BeforeEach
    void category() {
        category = admin().createCategory("Products " + UUID.randomUUID(), null);
    }

    @Test
    void anAdminCreatesAProductEveryoneCanRead() {
        var created = admin().post("/api/catalog/products", product("Travel Kettle", category));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
        var id = created.getBody().get("id").asString();
        var slug = created.getBody().get("slug").asString();
        assertThat(slug).startsWith("travel-kettle");

        var bySlug = anonymous().get("/api/catalog/products/" + slug);
        assertThat(bySlug.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bySlug.getBody().get("id").asString()).isEqualTo(id);
        assertThat(bySlug.getBody().get("price").decimalValue()).isEqualByComparingTo("19.90");
        assertThat(bySlug.getBody().get("category").get("id").asString()).isEqualTo(category.toString());
        assertThat(bySlug.getBody().get("attributes").get("colour").asString()).isEqualTo("black");
    }

    @Test
    void publishesProductCreatedThroughTheOutbox() {
        var id = admin().post("/api/catalog/products", product("Outbox Lamp", category))
                .getBody()
                .get("id")
                .asString();

        var stored = jdbc.sql("SELECT count(*) FROM emporium_outbox WHERE routing_key = 'catalog.product-created' "
                        + "AND subject = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void draftsAreInvisibleToShoppersButNotToAdmins() {
        var body = product("Secret Prototype", category);
        body.put("status", "DRAFT");
        var id = admin().post("/api/catalog/products", body).getBody().get("id").asString();

        assertThat(anonymous().get("/api/catalog/products/" + id).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(admin().get("/api/catalog/products/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void onlyAdminsChangeTheCatalog() {
        var body = product("Forbidden Fruit", category);

        assertThat(anonymous().post("/api/catalog/products", body).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        var asCustomer = as(TestTokens.customer()).post("/api/catalog/products", body);
        assertThat(asCustomer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(asCustomer.getBody().get("code").asString()).isEqualTo("AUTH.FORBIDDEN");
        assertThat(as(TestTokens.expiredAdmin())
                        .post("/api/catalog/products", body)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndAMissingOneWith428() {
        var created = admin().post("/api/catalog/products", product("Versioned Vase", category));
        var path = "/api/catalog/products/" + created.getBody().get("id").asString();
        var body = product("Versioned Vase", category);
        body.put("price", "25.00");

        var first = admin().put(path, "\"0\"", body);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getHeaders().getETag()).isEqualTo("\"1\"");

        var stale = admin().put(path, "\"0\"", body);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(stale.getBody().get("code").asString()).isEqualTo("REQUEST.STALE_VERSION");

        var missing = admin().put(path, null, body);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
    }

    @Test
    void patchArchivesAndPublishesTheStatusChange() {
        var created = admin().post("/api/catalog/products", product("Old Radio", category));
        var id = created.getBody().get("id").asString();

        var archived = admin().patch(
                        "/api/catalog/products/" + id, created.getHeaders().getETag(), Map.of("status", "ARCHIVED"));

        assertThat(archived.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(archived.getBody().get("status").asString()).isEqualTo("ARCHIVED");
        assertThat(archived.getBody().get("name").asString()).isEqualTo("Old Radio");
        assertThat(anonymous().get("/api/catalog/products/" + id).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        var payload = jdbc.sql("SELECT payload::text FROM emporium_outbox WHERE routing_key = "
                        + "'catalog.product-updated' AND subject = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(payload).contains("\"STATUS\"").contains("\"ARCHIVED\"");
    }

    @Test
    void deleteNeedsTheCurrentVersionAndRemovesTheProduct() {
        var created = admin().post("/api/catalog/products", product("Doomed Dish", category));
        var path = "/api/catalog/products/" + created.getBody().get("id").asString();

        assertThat(admin().delete(path, "\"7\"").getStatusCode()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(admin().delete(path, "\"0\"").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(admin().get(path).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void publishesProductDeletedThroughTheOutbox() {
        var before = Instant.now();
        var created = admin().post("/api/catalog/products", product("Farewell Fork " + suffix(), category));
        var id = created.getBody().get("id").asString();

        var deleted = admin().delete(
                        "/api/catalog/products/" + id, created.getHeaders().getETag());

        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        var event = outboxEvent("catalog.product-deleted", id);
        assertThat(event.type()).isEqualTo("org.emporium.catalog.product-deleted.v1");
        assertThat(propertyNames(event.payload())).containsExactlyInAnyOrder("productId", "occurredAt");
        assertThat(event.payload().get("productId").asString()).isEqualTo(id);
        assertThat(Instant.parse(event.payload().get("occurredAt").asString())).isBetween(before, Instant.now());
        awaitPublished(event);
    }

    @Test
    void aPriceChangePublishesProductUpdatedWithTheNewPriceAndVersion() {
        var name = "Price Tag " + suffix();
        var created = admin().post("/api/catalog/products", product(name, category));
        var id = created.getBody().get("id").asString();
        var body = product(name, category);
        body.put("price", "24.50");

        var updated =
                admin().put("/api/catalog/products/" + id, created.getHeaders().getETag(), body);

        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getHeaders().getETag()).isEqualTo("\"1\"");
        var event = outboxEvent("catalog.product-updated", id);
        assertThat(event.type()).isEqualTo("org.emporium.catalog.product-updated.v1");
        var payload = event.payload();
        assertThat(payload.get("changes").valueStream().map(JsonNode::asString)).containsExactly("PRICE");
        assertThat(payload.get("price").decimalValue()).isEqualByComparingTo("24.50");
        assertThat(payload.get("currency").asString()).isEqualTo("EUR");
        assertThat(payload.get("productVersion").asLong()).isEqualTo(1);
        assertThat(payload.get("productId").asString()).isEqualTo(id);
        assertThat(payload.get("slug").asString())
                .isEqualTo(created.getBody().get("slug").asString());
        assertThat(payload.get("name").asString()).isEqualTo(name);
        assertThat(payload.get("categoryId").asString()).isEqualTo(category.toString());
        assertThat(payload.get("brand").asString()).isEqualTo("Acme");
        assertThat(payload.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(payload.get("stock").asInt()).isEqualTo(5);
        awaitPublished(event);
    }

    @Test
    void changesOfOneRequestArePublishedAsOneUpdateListingEachKind() {
        var created = admin().post("/api/catalog/products", product("Bundle Bowl " + suffix(), category));
        var id = created.getBody().get("id").asString();

        var patched = admin().patch(
                        "/api/catalog/products/" + id,
                        created.getHeaders().getETag(),
                        Map.of("price", "21.00", "stock", 9));

        assertThat(patched.getStatusCode()).isEqualTo(HttpStatus.OK);
        var payload = outboxEvent("catalog.product-updated", id).payload();
        assertThat(payload.get("changes").valueStream().map(JsonNode::asString)).containsExactly("PRICE", "STOCK");
        assertThat(payload.get("price").decimalValue()).isEqualByComparingTo("21.00");
        assertThat(payload.get("stock").asInt()).isEqualTo(9);
        assertThat(payload.get("productVersion").asLong()).isEqualTo(1);
    }

    @Test
    void invalidInputIsA400ListingTheFields() {
        var body = product("", category);
        body.put("price", "-3");
        body.put("currency", "euro");

        var response = admin().post("/api/catalog/products", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).startsWith("application/problem+json");
        assertThat(response.getBody().get("errors").findValuesAsString("field")).contains("name", "price", "currency");
    }

    @Test
    void aCurrencyThatDoesNotExistIsA400OnTheField() {
        var body = product("Phantom Lamp", category);
        body.put("currency", "XYZ");

        var response = admin().post("/api/catalog/products", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("code").asString()).isEqualTo("REQUEST.VALIDATION_FAILED");
        assertThat(response.getBody().get("errors").findValuesAsString("field")).containsExactly("currency");
    }

    @Test
    void clientsCannotSetServerFields() {
        var body = product("Sneaky Stool", category);
        body.put("version", 99);

        var response = admin().post("/api/catalog/products", body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("code").asString()).isEqualTo("REQUEST.UNKNOWN_FIELD");
    }

    @Test
    void aDuplicateSlugIsAConflict() {
        var body = product("Twin Tumbler", category);
        body.put("slug", "twin-tumbler-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(admin().post("/api/catalog/products", body).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        var again = admin().post("/api/catalog/products", body);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody().get("code").asString()).isEqualTo("CATALOG.SLUG_TAKEN");
    }

    @Test
    void servicesLookUpManyProductsWithTheirScope() {
        var a = admin().post("/api/catalog/products", product("Lookup A", category))
                .getBody()
                .get("id")
                .asString();
        var b = admin().post("/api/catalog/products", product("Lookup B", category))
                .getBody()
                .get("id")
                .asString();
        var unknown = UUID.randomUUID().toString();
        var request = Map.of("ids", List.of(b, unknown, a));

        assertThat(as(TestTokens.customer())
                        .post("/api/catalog/products/lookup", request)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        var response = as(TestTokens.service("catalog.read")).post("/api/catalog/products/lookup", request);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("products").findValuesAsString("id")).containsExactly(b, a);
        assertThat(response.getBody().get("products").get(0).get("stock").asInt())
                .isEqualTo(5);
        assertThat(response.getBody().get("missing").get(0).asString()).isEqualTo(unknown);
    }

    @Test
    void theCategoryTreeNestsChildren() {
        var child = admin().createCategory("Child " + UUID.randomUUID(), category);

        var tree = anonymous().get("/api/catalog/categories");

        var parent = tree.getBody()
                .valueStream()
                .filter(node -> node.get("id").asString().equals(category.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(parent.get("children").findValuesAsString("id")).containsExactly(child.toString());
    }

    /** One stored outbox row: the CloudEvents type and the JSON body consumers receive. */
    private record OutboxEvent(UUID id, String type, JsonNode payload) {}

    /** The one event with this routing key about this product (fails if there is none or more than one). */
    private OutboxEvent outboxEvent(String routingKey, String productId) {
        return jdbc.sql("SELECT id, type, payload::text AS payload FROM emporium_outbox "
                        + "WHERE routing_key = :key AND subject = :id")
                .param("key", routingKey)
                .param("id", productId)
                .query((rs, n) -> new OutboxEvent(
                        rs.getObject("id", UUID.class), rs.getString("type"), json.readTree(rs.getString("payload"))))
                .single();
    }

    /** The relay handed the event to the broker (it marks a row published only on the broker's confirm). */
    private void awaitPublished(OutboxEvent event) {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertThat(jdbc.sql("SELECT published_at IS NOT NULL FROM emporium_outbox WHERE id = :id")
                                        .param("id", event.id())
                                        .query(Boolean.class)
                                        .single())
                                .isTrue());
    }

    private static List<String> propertyNames(JsonNode node) {
        return node.properties().stream().map(Map.Entry::getKey).toList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
