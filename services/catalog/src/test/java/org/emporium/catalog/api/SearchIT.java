package org.emporium.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.catalog.support.CatalogClient.product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.emporium.catalog.support.CatalogIntegrationTest;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Each test searches inside its own category tree, so products other tests create never interfere. */
class SearchIT extends CatalogIntegrationTest {
    private UUID root;
    private UUID audio;
    private UUID kitchen;
    /** Product ids by name. */
    private final Map<String, UUID> products = new HashMap<>();

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
    void textSearchCountsTotalAndFacetsOverAllMatchesNotJustThePage() {
        var result = search("q=head&category=" + root + "&size=1");

        assertThat(result.get("items").size()).isEqualTo(1);
        assertThat(result.get("total").asLong()).isEqualTo(4);
        assertThat(result.get("totalPages").asInt()).isEqualTo(4);
        assertThat(facets(result, "categories", "id")).containsExactly(audio + "=3", kitchen + "=1");
        assertThat(facets(result, "brands", "brand")).containsExactly("Sonora=2", "Boomly=1", "Crema=1");
    }

    @Test
    void textSearchSortsByPriceBothWays() {
        assertThat(names("q=head&category=" + root + "&sort=price"))
                .containsExactly(
                        "Headband Toaster", "Bluetooth Speaker", "Wireless Headphones", "Studio Monitor Speakers");
        assertThat(names("q=head&category=" + root + "&sort=-price"))
                .containsExactly(
                        "Studio Monitor Speakers", "Wireless Headphones", "Bluetooth Speaker", "Headband Toaster");
    }

    @Test
    void textSearchReturnsTheRequestedPageOfTheMatches() {
        var page = search("q=head&category=" + root + "&sort=price&size=2&page=1");

        assertThat(page.get("items").findValuesAsString("name"))
                .containsExactly("Wireless Headphones", "Studio Monitor Speakers");
        assertThat(page.get("page").asInt()).isEqualTo(1);
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(facets(page, "brands", "brand")).containsExactly("Sonora=2", "Boomly=1", "Crema=1");
    }

    @Test
    void textSearchBreaksRelevanceTiesByIdSoPagesNeitherRepeatNorSkip() {
        var lighting = admin().createCategory("Lighting " + UUID.randomUUID(), root);
        var lamps = new ArrayList<String>();
        for (var name : List.of("Reading Lamp", "Desk Lamp", "Floor Lamp", "Wall Lamp", "Table Lamp")) {
            lamps.add(create(name, lighting, "Lumo", "49.00", 5, "Warm white light")
                    .toString());
        }
        // Every lamp has the word once in its name: equal rank, so the id decides (uuid order is the hex text's).
        var expected = lamps.stream().sorted().toList();

        var seen = new ArrayList<String>();
        for (int page = 0; page < 3; page++) {
            var result = search("q=lamp&category=" + root + "&size=2&page=" + page);
            assertThat(result.get("total").asLong()).isEqualTo(5);
            seen.addAll(result.get("items").findValuesAsString("id"));
        }

        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void sortsByNewestWhenBrowsingAndWithText() {
        assertThat(names("category=" + root + "&sort=newest"))
                .containsExactly(
                        "Headband Toaster",
                        "Espresso Machine",
                        "Bluetooth Speaker",
                        "Studio Monitor Speakers",
                        "Wireless Headphones");
        assertThat(names("q=head&category=" + root + "&sort=newest"))
                .containsExactly(
                        "Headband Toaster", "Bluetooth Speaker", "Studio Monitor Speakers", "Wireless Headphones");
    }

    @Test
    void sortsByRatingThenReviewCountWhenBrowsingAndWithText() {
        // Two products with the same average: the one with the later id gets more reviews, so only the review count
        // (not the id that ends every order) can put it first.
        var tied = Stream.of("Wireless Headphones", "Bluetooth Speaker")
                .sorted(Comparator.comparing(name -> products.get(name).toString()))
                .toList();
        var mostReviewed = tied.get(1);
        var fewerReviews = tied.get(0);
        rate("Espresso Machine", "5.00", 1);
        rate(mostReviewed, "4.50", 10);
        rate(fewerReviews, "4.50", 3);
        rate("Studio Monitor Speakers", "2.00", 40);

        assertThat(names("category=" + root + "&sort=rating"))
                .containsExactly(
                        "Espresso Machine", mostReviewed, fewerReviews, "Studio Monitor Speakers", "Headband Toaster");
        var withText = search("q=head&category=" + root + "&sort=rating");
        assertThat(withText.get("items").findValuesAsString("name"))
                .containsExactly(mostReviewed, fewerReviews, "Studio Monitor Speakers", "Headband Toaster");
        assertThat(withText.get("items").get(0).get("averageRating").decimalValue())
                .isEqualByComparingTo("4.50");
        assertThat(withText.get("items").get(0).get("reviewCount").asInt()).isEqualTo(10);
    }

    @Test
    void ranksANameMatchAboveABrandMatchAboveADescriptionMatch() {
        // Created best match first, so newest-first (what a search without relevance falls back to) is the reverse.
        create("Zephyr Ceiling Fan", kitchen, "Breeze", "120.00", 1, "Hangs from the ceiling");
        create("Tower Fan", kitchen, "Zephyr", "80.00", 1, "Tall and slim");
        create("Desk Fan", kitchen, "Breeze", "30.00", 1, "Quieter than a zephyr");

        assertThat(names("q=zephyr&category=" + root)).containsExactly("Zephyr Ceiling Fan", "Tower Fan", "Desk Fan");
    }

    @Test
    void combinesTextWithTheInStockFilter() {
        var result = search("q=head&category=" + root + "&inStock=true&sort=price");

        assertThat(result.get("items").findValuesAsString("name"))
                .containsExactly("Headband Toaster", "Bluetooth Speaker", "Wireless Headphones");
        assertThat(result.get("items")
                        .valueStream()
                        .map(item -> item.get("inStock").asBoolean()))
                .containsOnly(true);
        assertThat(result.get("total").asLong()).isEqualTo(3);
        assertThat(facets(result, "categories", "id")).containsExactly(audio + "=2", kitchen + "=1");
        assertThat(facets(result, "brands", "brand")).containsExactly("Boomly=1", "Crema=1", "Sonora=1");
    }

    @Test
    void adminsListDraftsAndArchivedProductsShoppersOnlyLiveOnes() {
        create("Draft Headphones", audio, "Sonora", "99.00", 4, "Not on sale yet", "DRAFT");
        var archived = create("Archived Headphones", kitchen, "Crema", "79.00", 0, "No longer sold", "DRAFT");
        var etag = admin().get("/api/catalog/products/" + archived).getHeaders().getETag();
        assertThat(admin().patch("/api/catalog/products/" + archived, etag, Map.of("status", "ARCHIVED"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(names("category=" + root)).doesNotContain("Draft Headphones", "Archived Headphones");
        assertThat(names("q=headphones&category=" + root))
                .contains("Wireless Headphones")
                .doesNotContain("Draft Headphones", "Archived Headphones");

        var drafts = adminSearch("status=DRAFT&category=" + root);
        assertThat(drafts.get("items").findValuesAsString("name")).containsExactly("Draft Headphones");
        assertThat(drafts.get("total").asLong()).isEqualTo(1);
        assertThat(facets(drafts, "categories", "id")).containsExactly(audio + "=1");
        assertThat(adminSearch("status=draft&q=headphones&category=" + root)
                        .get("items")
                        .findValuesAsString("name"))
                .containsExactly("Draft Headphones");
        assertThat(adminSearch("status=ARCHIVED&category=" + root).get("items").findValuesAsString("name"))
                .containsExactly("Archived Headphones");
        assertThat(adminSearch("status=ACTIVE&category=" + root).get("total").asLong())
                .isEqualTo(5);
    }

    @Test
    void onlyAdminsMaySearchDraftsAndAnUnknownStatusIsRefused() {
        for (var client : List.of(anonymous(), as(TestTokens.customer()))) {
            var refused = client.get("/api/catalog/products?status=DRAFT");
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(refused.getBody().get("code").asString()).isEqualTo("CATALOG.STATUS_FOR_ADMINS");
            assertThat(client.get("/api/catalog/products?status=ACTIVE").getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        }
        var unknown = admin().get("/api/catalog/products?status=DELETED");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(unknown.getBody().get("code").asString()).isEqualTo("CATALOG.INVALID_STATUS");
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

    private JsonNode adminSearch(String query) {
        var response = admin().get("/api/catalog/products?" + query);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private List<String> names(String query) {
        return search(query).get("items").findValuesAsString("name");
    }

    /** A facet list as {@code key=count} in the order the API gives. */
    private static List<String> facets(JsonNode result, String facet, String key) {
        return result.get("facets")
                .get(facet)
                .valueStream()
                .map(f -> f.get(key).asString() + "=" + f.get("count").asLong())
                .toList();
    }

    /** Ratings come from review events later; until then the test sets them in the table. */
    private void rate(String name, String average, int reviews) {
        jdbc.sql("UPDATE products SET average_rating = :average, review_count = :reviews WHERE id = :id")
                .param("average", new BigDecimal(average))
                .param("reviews", reviews)
                .param("id", products.get(name))
                .update();
    }

    private static long count(JsonNode facets, String key, String value) {
        return facets.valueStream()
                .filter(f -> f.get(key).asString().equals(value))
                .mapToLong(f -> f.get("count").asLong())
                .findFirst()
                .orElse(0);
    }

    private UUID create(String name, UUID category, String brand, String price, int stock, String description) {
        return create(name, category, brand, price, stock, description, "ACTIVE");
    }

    private UUID create(
            String name, UUID category, String brand, String price, int stock, String description, String status) {
        var body = product(name, category);
        body.put("status", status);
        body.put("brand", brand);
        body.put("price", price);
        body.put("stock", stock);
        body.put("description", description);
        body.put(
                "slug",
                name.toLowerCase().replace(' ', '-') + "-"
                        + UUID.randomUUID().toString().substring(0, 8));
        var response = admin().post("/api/catalog/products", body);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var id = UUID.fromString(response.getBody().get("id").asString());
        products.put(name, id);
        return id;
    }
}
