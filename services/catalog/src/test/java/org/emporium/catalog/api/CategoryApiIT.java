package org.emporium.catalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.emporium.catalog.support.CatalogClient.product;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.emporium.catalog.support.CatalogIntegrationTest;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Each test works below its own root category, so categories other tests create never interfere. */
class CategoryApiIT extends CatalogIntegrationTest {
    @Autowired
    private DataSource dataSource;

    private String suffix;
    private UUID shop;

    @BeforeEach
    void shop() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        shop = admin().createCategory("Shop " + suffix, null);
    }

    @Test
    void anAdminCreatesACategoryWithAnETagAndReadsItBack() {
        var created = admin().post("/api/catalog/categories", input("Garden " + suffix, null, shop, 3));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
        var read = anonymous().get(created.getHeaders().getLocation().getPath());
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(read.getBody().get("name").asString()).isEqualTo("Garden " + suffix);
        assertThat(read.getBody().get("slug").asString()).isEqualTo("garden-" + suffix);
        assertThat(read.getBody().get("parentId").asString()).isEqualTo(shop.toString());
        assertThat(read.getBody().get("position").asInt()).isEqualTo(3);
    }

    @Test
    void anAdminRenamesACategoryAndChangesItsSlug() {
        var garden = admin().createCategory("Garden " + suffix, shop);

        var renamed = admin().put(path(garden), "\"0\"", input("Outdoor " + suffix, "outdoor-" + suffix, shop, 0));

        assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(renamed.getHeaders().getETag()).isEqualTo("\"1\"");
        assertThat(renamed.getBody().get("name").asString()).isEqualTo("Outdoor " + suffix);
        var bySlug = anonymous().get("/api/catalog/categories/outdoor-" + suffix);
        assertThat(bySlug.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(bySlug.getBody().get("id").asString()).isEqualTo(garden.toString());
        assertThat(anonymous().get("/api/catalog/categories/garden-" + suffix).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        var node = node(garden).orElseThrow();
        assertThat(node.get("name").asString()).isEqualTo("Outdoor " + suffix);
        assertThat(node.get("slug").asString()).isEqualTo("outdoor-" + suffix);
    }

    @Test
    void anAdminMovesACategoryUnderAnotherParentAtAPosition() {
        var tools = admin().createCategory("Tools " + suffix, shop);
        var garden = admin().createCategory("Garden " + suffix, shop);
        var seeds = create("Seeds " + suffix, garden, 9);
        var hammers = admin().createCategory("Hammers " + suffix, tools);

        var moved = admin().put(path(hammers), "\"0\"", input("Hammers " + suffix, null, garden, 5));

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(moved.getBody().get("parentId").asString()).isEqualTo(garden.toString());
        assertThat(moved.getBody().get("position").asInt()).isEqualTo(5);
        assertThat(node(tools).orElseThrow().get("children").size()).isZero();
        assertThat(node(garden).orElseThrow().get("children").findValuesAsString("id"))
                .containsExactly(hammers.toString(), seeds.toString());

        var last = admin().put(path(hammers), "\"1\"", input("Hammers " + suffix, null, garden, 10));

        assertThat(last.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(node(garden).orElseThrow().get("children").findValuesAsString("id"))
                .containsExactly(seeds.toString(), hammers.toString());
    }

    @Test
    void refusesToMoveACategoryBelowItselfOrItsDescendants() {
        var upper = admin().createCategory("Upper " + suffix, shop);
        var middle = admin().createCategory("Middle " + suffix, upper);
        var lower = admin().createCategory("Lower " + suffix, middle);

        var belowDescendant = admin().put(path(upper), "\"0\"", input("Upper " + suffix, null, lower, 0));
        var belowItself = admin().put(path(upper), "\"0\"", input("Upper " + suffix, null, upper, 0));

        assertProblem(belowDescendant, HttpStatus.CONFLICT, "CATALOG.CATEGORY_CYCLE");
        assertProblem(belowItself, HttpStatus.CONFLICT, "CATALOG.CATEGORY_CYCLE");
        var unchanged = anonymous().get(path(upper));
        assertThat(unchanged.getBody().get("parentId").asString()).isEqualTo(shop.toString());
        assertThat(unchanged.getHeaders().getETag()).isEqualTo("\"0\"");
    }

    @Test
    void refusesAnUnknownParentATakenSlugAndAnUnknownCategory() {
        var garden = admin().createCategory("Garden " + suffix, shop);
        admin().createCategory("Tools " + suffix, shop);

        assertProblem(
                admin().put(path(garden), "\"0\"", input("Garden " + suffix, null, UUID.randomUUID(), 0)),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "CATALOG.CATEGORY_NOT_FOUND");
        assertProblem(
                admin().put(path(garden), "\"0\"", input("Garden " + suffix, "tools-" + suffix, shop, 0)),
                HttpStatus.CONFLICT,
                "CATALOG.SLUG_TAKEN");
        assertProblem(
                admin().put(path(UUID.randomUUID()), "\"0\"", input("Nowhere " + suffix, null, shop, 0)),
                HttpStatus.NOT_FOUND,
                "CATALOG.CATEGORY_NOT_FOUND");
        assertProblem(
                admin().post("/api/catalog/categories", input("Orphan " + suffix, null, UUID.randomUUID(), 0)),
                HttpStatus.UNPROCESSABLE_CONTENT,
                "CATALOG.CATEGORY_NOT_FOUND");
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndAMissingOneWith428() {
        var garden = admin().createCategory("Garden " + suffix, shop);
        var body = input("Garden & Patio " + suffix, null, shop, 0);
        assertThat(admin().put(path(garden), "\"0\"", body).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertProblem(
                admin().put(path(garden), "\"0\"", body), HttpStatus.PRECONDITION_FAILED, "REQUEST.STALE_VERSION");
        assertProblem(admin().delete(path(garden), "\"0\""), HttpStatus.PRECONDITION_FAILED, "REQUEST.STALE_VERSION");
        assertProblem(
                admin().put(path(garden), null, body),
                HttpStatus.PRECONDITION_REQUIRED,
                "REQUEST.PRECONDITION_REQUIRED");
        assertProblem(
                admin().delete(path(garden), null), HttpStatus.PRECONDITION_REQUIRED, "REQUEST.PRECONDITION_REQUIRED");
        assertThat(anonymous().get(path(garden)).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void clientsCannotSetTheVersion() {
        var garden = admin().createCategory("Garden " + suffix, shop);
        var body = input("Garden " + suffix, null, shop, 0);
        body.put("version", 7);

        assertProblem(admin().put(path(garden), "\"0\"", body), HttpStatus.BAD_REQUEST, "REQUEST.UNKNOWN_FIELD");
    }

    @Test
    void deletesAnEmptyCategory() {
        var garden = admin().createCategory("Garden " + suffix, shop);

        var deleted = admin().delete(path(garden), "\"0\"");

        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertProblem(anonymous().get(path(garden)), HttpStatus.NOT_FOUND, "CATALOG.CATEGORY_NOT_FOUND");
        assertThat(node(garden)).isEmpty();
        assertThat(node(shop).orElseThrow().get("children").size()).isZero();
    }

    @Test
    void refusesToDeleteACategoryThatStillHasSubCategories() {
        var garden = admin().createCategory("Garden " + suffix, shop);
        admin().createCategory("Seeds " + suffix, garden);

        var refused = admin().delete(path(garden), "\"0\"");

        assertProblem(refused, HttpStatus.CONFLICT, "CATALOG.CATEGORY_NOT_EMPTY");
        assertThat(refused.getBody().get("subCategories").asInt()).isEqualTo(1);
        assertThat(refused.getBody().get("products").asLong()).isZero();
        assertThat(anonymous().get(path(garden)).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void refusesToDeleteACategoryThatStillHasProductsEvenDrafts() {
        var garden = admin().createCategory("Garden " + suffix, shop);
        var draft = product("Draft Rake " + suffix, garden);
        draft.put("status", "DRAFT");
        var product = admin().post("/api/catalog/products", draft);

        var refused = admin().delete(path(garden), "\"0\"");

        assertProblem(refused, HttpStatus.CONFLICT, "CATALOG.CATEGORY_NOT_EMPTY");
        assertThat(refused.getBody().get("products").asLong()).isEqualTo(1);
        assertThat(refused.getBody().get("subCategories").asInt()).isZero();
        var productPath = "/api/catalog/products/" + product.getBody().get("id").asString();
        assertThat(admin().delete(productPath, "\"0\"").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(admin().delete(path(garden), "\"0\"").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void onlyAdminsChangeCategories() {
        var garden = admin().createCategory("Garden " + suffix, shop);
        var body = input("Taken Over " + suffix, null, null, 0);
        var customer = as(TestTokens.customer());

        assertProblem(customer.post("/api/catalog/categories", body), HttpStatus.FORBIDDEN, "AUTH.FORBIDDEN");
        assertProblem(customer.put(path(garden), "\"0\"", body), HttpStatus.FORBIDDEN, "AUTH.FORBIDDEN");
        assertProblem(customer.delete(path(garden), "\"0\""), HttpStatus.FORBIDDEN, "AUTH.FORBIDDEN");
        assertProblem(
                anonymous().post("/api/catalog/categories", body), HttpStatus.UNAUTHORIZED, "AUTH.UNAUTHENTICATED");
        assertProblem(anonymous().put(path(garden), "\"0\"", body), HttpStatus.UNAUTHORIZED, "AUTH.UNAUTHENTICATED");
        assertProblem(anonymous().delete(path(garden), "\"0\""), HttpStatus.UNAUTHORIZED, "AUTH.UNAUTHENTICATED");
        var unchanged = anonymous().get(path(garden));
        assertThat(unchanged.getHeaders().getETag()).isEqualTo("\"0\"");
        assertThat(unchanged.getBody().get("name").asString()).isEqualTo("Garden " + suffix);
    }

    @Test
    void searchSeesThisInstancesCategoryMoveAtOnce() {
        var lamps = admin().createCategory("Lamps " + suffix, shop);
        activeProduct("Arc Lamp " + suffix, lamps);
        assertThat(total("category=" + shop)).isEqualTo(1); // the category tree is now cached for 10 s

        var moved = admin().put(path(lamps), "\"0\"", input("Lamps " + suffix, null, null, 0));

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(total("category=" + shop)).isZero();
        assertThat(total("category=" + lamps)).isEqualTo(1);
    }

    @Test
    void searchSeesThisInstancesCategoryRenameAtOnce() {
        var lamps = admin().createCategory("Lamps " + suffix, shop);
        activeProduct("Arc Lamp " + suffix, lamps);
        assertThat(total("category=lamps-" + suffix)).isEqualTo(1);
        assertThat(categoryFacet("category=" + shop, lamps).get("name").asString())
                .isEqualTo("Lamps " + suffix); // tree and browse counts are now cached

        var renamed = admin().put(path(lamps), "\"0\"", input("Lights " + suffix, "lights-" + suffix, shop, 0));

        assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(total("category=lamps-" + suffix)).isZero();
        assertThat(total("category=lights-" + suffix)).isEqualTo(1);
        var facet = categoryFacet("category=" + shop, lamps);
        assertThat(facet.get("name").asString()).isEqualTo("Lights " + suffix);
        assertThat(facet.get("slug").asString()).isEqualTo("lights-" + suffix);
    }

    @Test
    void aSearchFindsACategoryAnotherInstanceCreatedAMomentAgo() {
        var lamps = admin().createCategory("Lamps " + suffix, shop);
        activeProduct("Arc Lamp " + suffix, lamps);
        assertThat(total("category=" + shop)).isEqualTo(1); // the category tree is now cached

        // Another instance creates a category and moves the product there: this one's caches are not told.
        var bulbs = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO categories (id, name, slug, parent_id, position, version)
                        VALUES (:id, :name, :slug, :parent, 0, 0)""")
                .param("id", bulbs)
                .param("name", "Bulbs " + suffix)
                .param("slug", "bulbs-" + suffix)
                .param("parent", shop)
                .update();
        jdbc.sql("UPDATE products SET category_id = :bulbs WHERE category_id = :lamps")
                .param("bulbs", bulbs)
                .param("lamps", lamps)
                .update();

        assertThat(total("category=bulbs-" + suffix)).isEqualTo(1);
        assertThat(total("category=" + bulbs)).isEqualTo(1);
    }

    @Test
    void anUnknownCategoryInASearchIsRememberedUntilThisInstanceChangesACategory() {
        var lamps = admin().createCategory("Lamps " + suffix, shop);
        activeProduct("Arc Lamp " + suffix, lamps);
        assertThat(total("category=lights-" + suffix)).isZero(); // not in the tree, even read again

        // Another instance renames the category: this one's caches are not told.
        jdbc.sql("UPDATE categories SET slug = :slug, version = version + 1 WHERE id = :id")
                .param("slug", "lights-" + suffix)
                .param("id", lamps)
                .update();

        assertThat(total("category=lights-" + suffix)).isZero(); // remembered as unknown: the tree is not read again
        admin().createCategory("Desks " + suffix, shop); // this instance's change drops the recent tree
        assertThat(total("category=lights-" + suffix)).isEqualTo(1);
    }

    @Test
    void aBrowseRunningAcrossARenameDoesNotKeepTheOldNameInItsCachedCounts() throws Exception {
        var lamps = admin().createCategory("Lamps " + suffix, shop);
        activeProduct("Arc Lamp " + suffix, lamps);
        try (var locker = dataSource.getConnection();
                var requests = Executors.newVirtualThreadPerTaskExecutor()) {
            locker.setAutoCommit(false);
            try (var lock = locker.createStatement()) {
                lock.execute("LOCK TABLE products IN ACCESS EXCLUSIVE MODE");
            }
            // Has the category tree (old names) and now waits for the products table.
            var browse = requests.submit(() -> anonymous().get("/api/catalog/products?category=" + shop));
            awaitWaitingOrDone(1, browse);
            var renamed = admin().put(path(lamps), "\"0\"", input("Lights " + suffix, "lights-" + suffix, shop, 0));
            assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);

            locker.rollback(); // the browse counts now, after the rename dropped every cache

            assertThat(browse.get(30, TimeUnit.SECONDS).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        var facet = categoryFacet("category=" + shop, lamps);
        assertThat(facet.get("name").asString()).isEqualTo("Lights " + suffix);
        assertThat(facet.get("slug").asString()).isEqualTo("lights-" + suffix);
    }

    @Test
    void twoMovesThatTogetherWouldMakeALoopAreSerialisedAndTheSecondIsRefused() throws Exception {
        for (int round = 0; round < 3; round++) {
            var nameA = "A " + round + " " + suffix;
            var nameB = "B " + round + " " + suffix;
            var a = admin().createCategory(nameA, shop);
            var b = admin().createCategory(nameB, shop);
            var moveA = input(nameA, null, b, 0);
            var moveB = input(nameB, null, a, 0);
            try (var locker = dataSource.getConnection();
                    var requests = Executors.newVirtualThreadPerTaskExecutor()) {
                locker.setAutoCommit(false);
                // Both rows locked: a move that has passed its cycle check waits here, before its update, so
                // without the tree lock both moves would check the old tree and then both be saved.
                try (var lock = locker.prepareStatement("SELECT id FROM categories WHERE id IN (?, ?) FOR UPDATE")) {
                    lock.setObject(1, a);
                    lock.setObject(2, b);
                    lock.executeQuery().close();
                }
                var aUnderB = requests.submit(() -> admin().put(path(a), "\"0\"", moveA));
                var bUnderA = requests.submit(() -> admin().put(path(b), "\"0\"", moveB));
                awaitWaitingOrDone(2, aUnderB, bUnderA);

                locker.rollback();

                var answers = List.of(aUnderB.get(30, TimeUnit.SECONDS), bUnderA.get(30, TimeUnit.SECONDS));
                assertThat(answers)
                        .as("round %d", round)
                        .extracting(ResponseEntity::getStatusCode)
                        .containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
                var refused = answers.stream()
                        .filter(r -> r.getStatusCode() == HttpStatus.CONFLICT)
                        .findFirst()
                        .orElseThrow();
                assertProblem(refused, HttpStatus.CONFLICT, "CATALOG.CATEGORY_CYCLE");
            }
            assertThat(rootOf(a)).as("round %d", round).contains(shop);
            assertThat(rootOf(b)).as("round %d", round).contains(shop);
        }
    }

    @Test
    void aCategorySaveThatLosesTheRaceAfterTheVersionCheckIsTheSame412AsAStaleIfMatch() throws Exception {
        var garden = admin().createCategory("Garden " + suffix, shop);
        var body = Map.<String, Object>of("name", "Yard " + suffix, "position", 0);
        assertLosesTheRace(path(garden), "UPDATE categories SET version = version + 1 WHERE id = ?", garden, body);
    }

    @Test
    void aProductSaveThatLosesTheRaceAfterTheVersionCheckIsTheSame412AsAStaleIfMatch() throws Exception {
        var garden = admin().createCategory("Garden " + suffix, shop);
        var body = product("Hose " + suffix, garden);
        var created = admin().post("/api/catalog/products", body);
        var id = UUID.fromString(created.getBody().get("id").asString());
        body.put("price", "12.00");
        assertLosesTheRace(
                "/api/catalog/products/" + id, "UPDATE products SET version = version + 1 WHERE id = ?", id, body);
    }

    /**
     * Another transaction changes the row (uncommitted) before the change at version 0 arrives: the change reads
     * version 0 (the committed one), passes its expected-version check, then waits on the row; once the other commits,
     * its save finds version 1 and fails. That is the same 412 as a stale {@code If-Match}.
     */
    private void assertLosesTheRace(String path, String concurrentUpdate, UUID id, Object body) throws Exception {
        try (var other = dataSource.getConnection();
                var requests = Executors.newVirtualThreadPerTaskExecutor()) {
            other.setAutoCommit(false);
            try (var update = other.prepareStatement(concurrentUpdate)) {
                update.setObject(1, id);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            var change = requests.submit(() -> admin().put(path, "\"0\"", body));
            awaitWaitingOrDone(1, change);

            other.commit();

            assertProblem(change.get(30, TimeUnit.SECONDS), HttpStatus.PRECONDITION_FAILED, "REQUEST.STALE_VERSION");
        }
    }

    @Test
    void aDeleteWaitsForAProductBeingPutIntoTheCategoryAndIsRefused() throws Exception {
        var garden = admin().createCategory("Garden " + suffix, shop);
        var elsewhere = admin().createCategory("Elsewhere " + suffix, shop);
        var rake = product("Rake " + suffix, garden);
        rake.put("slug", "rake-" + suffix);
        try (var blocker = dataSource.getConnection();
                var requests = Executors.newVirtualThreadPerTaskExecutor()) {
            blocker.setAutoCommit(false);
            // An uncommitted product with the same slug: the create below passes its checks (the category's
            // included), then waits on the unique index until this transaction ends.
            insertProduct(blocker, "rake-" + suffix, elsewhere);
            var create = requests.submit(() -> admin().post("/api/catalog/products", rake));
            awaitWaitingOrDone(1, create);
            var delete = requests.submit(() -> admin().delete(path(garden), "\"0\""));
            awaitWaitingOrDone(2, create, delete);

            blocker.rollback();

            assertThat(create.get(30, TimeUnit.SECONDS).getStatusCode()).isEqualTo(HttpStatus.CREATED);
            assertProblem(delete.get(30, TimeUnit.SECONDS), HttpStatus.CONFLICT, "CATALOG.CATEGORY_NOT_EMPTY");
        }
        assertThat(anonymous().get(path(garden)).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aProductWriteWaitsForADeleteOfItsCategoryAndIsRefused() throws Exception {
        var garden = admin().createCategory("Garden " + suffix, shop);
        var elsewhere = admin().createCategory("Elsewhere " + suffix, shop);
        var hoe = admin().post("/api/catalog/products", product("Hoe " + suffix, elsewhere));
        assertThat(hoe.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        try (var deleter = dataSource.getConnection();
                var requests = Executors.newVirtualThreadPerTaskExecutor()) {
            deleter.setAutoCommit(false);
            // A delete of the category that has not committed yet, as one on another instance would be.
            try (var delete = deleter.prepareStatement("DELETE FROM categories WHERE id = ?")) {
                delete.setObject(1, garden);
                assertThat(delete.executeUpdate()).isOne();
            }
            var create =
                    requests.submit(() -> admin().post("/api/catalog/products", product("Rake " + suffix, garden)));
            var move = requests.submit(() ->
                    admin().put(hoe.getHeaders().getLocation().getPath(), "\"0\"", product("Hoe " + suffix, garden)));
            awaitWaitingOrDone(2, create, move);

            deleter.commit();

            assertProblem(
                    create.get(30, TimeUnit.SECONDS), HttpStatus.UNPROCESSABLE_CONTENT, "CATALOG.CATEGORY_NOT_FOUND");
            assertProblem(
                    move.get(30, TimeUnit.SECONDS), HttpStatus.UNPROCESSABLE_CONTENT, "CATALOG.CATEGORY_NOT_FOUND");
        }
    }

    private static String path(UUID category) {
        return "/api/catalog/categories/" + category;
    }

    private static Map<String, Object> input(String name, String slug, UUID parent, int position) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("slug", slug);
        body.put("parentId", parent);
        body.put("position", position);
        return body;
    }

    private UUID create(String name, UUID parent, int position) {
        var created = admin().post("/api/catalog/categories", input(name, null, parent, position));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return UUID.fromString(created.getBody().get("id").asString());
    }

    private void activeProduct(String name, UUID category) {
        assertThat(admin().post("/api/catalog/products", product(name, category))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
    }

    private long total(String query) {
        var response = anonymous().get("/api/catalog/products?" + query);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody().get("total").asLong();
    }

    private JsonNode categoryFacet(String query, UUID category) {
        var response = anonymous().get("/api/catalog/products?" + query);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody()
                .get("facets")
                .get("categories")
                .valueStream()
                .filter(f -> f.get("id").asString().equals(category.toString()))
                .findFirst()
                .orElseThrow();
    }

    /** The category's root (walking up its parents), empty if the walk runs into a loop. */
    private Optional<UUID> rootOf(UUID category) {
        var seen = new HashSet<UUID>();
        for (var next = category; seen.add(next); ) {
            var parent = jdbc.sql("SELECT parent_id FROM categories WHERE id = :id")
                    .param("id", next)
                    .query((rs, n) -> Optional.ofNullable(rs.getObject("parent_id", UUID.class)))
                    .single();
            if (parent.isEmpty()) {
                return Optional.of(next);
            }
            next = parent.get();
        }
        return Optional.empty();
    }

    /** The category's node in the public tree, wherever it sits. */
    private Optional<JsonNode> node(UUID category) {
        return find(anonymous().get("/api/catalog/categories").getBody(), category.toString());
    }

    private static Optional<JsonNode> find(JsonNode nodes, String id) {
        for (var node : nodes.valueStream().toList()) {
            if (node.get("id").asString().equals(id)) {
                return Optional.of(node);
            }
            var below = find(node.get("children"), id);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private static void insertProduct(Connection connection, String slug, UUID category) throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO products (id, name, slug, category_id, price_amount, currency, stock, status, created_at,
                                      updated_at)
                VALUES (?, 'Blocker', ?, ?, 1, 'EUR', 1, 'DRAFT', now(), now())""")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, slug);
            insert.setObject(3, category);
            insert.executeUpdate();
        }
    }

    /**
     * Waits until at least {@code count} database sessions wait for a lock, counting each of {@code requests} that
     * has already finished as one (it did not wait, or waits no more).
     */
    private void awaitWaitingOrDone(int count, Future<?>... requests) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(10))
                .untilAsserted(() -> {
                    var waiting = jdbc.sql("""
                                    SELECT count(*) FROM pg_stat_activity
                                    WHERE datname = current_database() AND wait_event_type = 'Lock'""").query(Long.class).single();
                    var done = Arrays.stream(requests).filter(Future::isDone).count();
                    assertThat(waiting + done)
                            .as("%d sessions waiting and %d requests done", waiting, done)
                            .isGreaterThanOrEqualTo(count);
                });
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String code) {
        assertThat(response.getStatusCode()).as("%s", response).isEqualTo(status);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).startsWith("application/problem+json");
        if (code != null) {
            assertThat(response.getBody().get("code").asString()).isEqualTo(code);
        }
    }
}
