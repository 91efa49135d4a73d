package org.emporium.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.catalog.support.CatalogClient.product;

import java.util.UUID;
import org.emporium.catalog.support.CatalogIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Each test searches inside its own category tree, so products other tests create never interfere. */
class SearchIT extends CatalogIntegrationTest {
    private UUID root;
    private UUID audio;
    private UUID kitchen;

    @BeforeEach
    void catalog() {
        var admin = admin();
        root = admin.createCategory("Shop " + UUID.randomUUID(), null);
        audio = admin.createCategory("Audio " + UUID.randomUUID(), root);
        kitchen = admin.createCategory("Kitchen " + UUID.randomUUID(), root);
        create("Wireless Headphones", audio, "Sonora", "129.00", 3, "Closed-back over-ear sound");
        create("Studio Monitor Speakers", audio, "Sonora", "349.00", 0, "Flat response for the head of the studio");
        create("Bluetooth Speaker", audio, "Boomly", "59.00", 10, "Pocket-sized, for headphones haters");
        create("Espresso Machine", kitchen, "Crema", "499.00", 2, "Pressure and heat for perfect coffee");
        create("Headband Toaster", kitchen, "Crema", "39.00", 1, "Toasts four slices");
    }

    @Test
    void findsWordsByPrefixAndRanksNameAboveDescription() {
        var result = search("q=head&category=" + root);

        var names = result.get("items").findValuesAsString("name");
        assertThat(names)
                .containsExactlyInAnyOrder(
                        "Wireless Headphones", "Headband Toaster", "Studio Monitor Speakers", "Bluetooth Speaker");
        assertThat(names.subList(2, 4)).containsExactlyInAnyOrder("Studio Monitor Speakers", "Bluetooth Speaker");
        assertThat(result.get("total").asLong()).isEqualTo(4);
    }

    @Test
    void stemsWords() {
        var result = search("q=speakers&category=" + root);

        assertThat(result.get("items").findValuesAsString("name"))
                .containsExactlyInAnyOrder("Studio Monitor Speakers", "Bluetooth Speaker");
    }

    @Test
    void filtersByCategoryIncludingSubCategoriesBrandPriceAndStock() {
        assertThat(search("category=" + root).get("total").asLong()).isEqualTo(5);
        assertThat(search("category=" + audio).get("total").asLong()).isEqualTo(3);
        assertThat(search("category=" + root + "&brand=crema").get("total").asLong())
                .isEqualTo(2);
        assertThat(search("category=" + root + "&minPrice=50&maxPrice=350")
                        .get("items")
                        .findValuesAsString("name"))
                .containsExactlyInAnyOrder("Wireless Headphones", "Studio Monitor Speakers", "Bluetooth Speaker");
        assertThat(search("category=" + audio + "&inStock=true").get("items").findValuesAsString("name"))
                .doesNotContain("Studio Monitor Speakers");
    }

    @Test
    void sortsByPrice() {
        var cheapest = search("category=" + root + "&sort=price").get("items").findValuesAsString("name");
        var dearest = search("category=" + root + "&sort=-price").get("items").findValuesAsString("name");

        assertThat(cheapest).first().isEqualTo("Headband Toaster");
        assertThat(dearest).first().isEqualTo("Espresso Machine");
    }

    @Test
    void pagesWithATotalAndCountsFacetsOverAllMatches() {
        var page = search("category=" + root + "&size=2&page=1&sort=price");

        assertThat(page.get("items").size()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        var brands = page.get("facets").get("brands");
        assertThat(count(brands, "brand", "Sonora")).isEqualTo(2);
        assertThat(count(brands, "brand", "Crema")).isEqualTo(2);
        var categories = page.get("facets").get("categories");
        assertThat(count(categories, "id", audio.toString())).isEqualTo(3);
        assertThat(count(categories, "id", kitchen.toString())).isEqualTo(2);
    }

    @Test
    void capsThePageSize() {
        var response = anonymous().get("/api/catalog/products?size=1000");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsString("field")).contains("size");
    }

    @Test
    void refusesPagesPastTheFirstTenThousandResults() {
        var response = anonymous().get("/api/catalog/products?category=" + root + "&size=100&page=100");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("errors").findValuesAsString("field")).contains("pageWithinResultWindow");
        assertThat(anonymous()
                        .get("/api/catalog/products?category=" + root + "&size=100&page=99")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void countsWhileBrowsingSeeThisInstancesChangesAtOnce() {
        assertThat(search("category=" + kitchen).get("total").asLong()).isEqualTo(2);

        create("Milk Frother", kitchen, "Crema", "29.00", 4, "Foam for the espresso");

        var result = search("category=" + kitchen);
        assertThat(result.get("total").asLong()).isEqualTo(3);
        assertThat(count(result.get("facets").get("brands"), "brand", "Crema")).isEqualTo(3);
    }

    @Test
    void refusesAnUnknownSort() {
        assertThat(anonymous().get("/api/catalog/products?sort=cheapest").getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private JsonNode search(String query) {
        var response = anonymous().get("/api/catalog/products?" + query);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private static long count(JsonNode facets, String key, String value) {
        return facets.valueStream()
                .filter(f -> f.get(key).asString().equals(value))
                .mapToLong(f -> f.get("count").asLong())
                .findFirst()
                .orElse(0);
    }

    private void create(String name, UUID category, String brand, String price, int stock, String description) {
        var body = product(name, category);
        body.put("slug", null);
        body.put("brand", brand);
        body.put("price", price);
        body.put("stock", stock);
        body.put("description", description);
        body.put("name", name);
        body.put(
                "slug",
                name.toLowerCase().replace(' ', '-') + "-"
                        + UUID.randomUUID().toString().substring(0, 8));
        var response = admin().post("/api/catalog/products", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
}
