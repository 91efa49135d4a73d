package org.emporium.comment.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.platform.test.ProblemAssertions.assertProblem;
import static org.emporium.platform.test.ProblemAssertions.assertValidationProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.emporium.comment.application.RecordProduct;
import org.emporium.comment.support.CommentIntegrationTest;
import org.junit.jupiter.api.Test;

class ReviewApiIT extends CommentIntegrationTest {

    @Test
    void aReviewWaitsForModerationAndIsPublicOnceApproved() {
        var product = activeProduct();
        var author = UUID.randomUUID();
        var id = write(author, product, 4);

        var before = anonymous().get("/api/comment/products/" + product + "/reviews");
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json().get("reviews").get("items")).isEmpty();
        assertThat(before.json().get("summary").get("count").asLong()).isZero();

        var queue = admin().get("/api/comment/admin/reviews?status=PENDING&size=100");
        assertThat(queue.json().get("total").asLong()).isPositive();
        var approved = admin().post("/api/comment/admin/reviews/" + id + "/approve", null);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");

        var after =
                anonymous().get("/api/comment/products/" + product + "/reviews").json();
        assertThat(after.get("reviews").get("items")).hasSize(1);
        var item = after.get("reviews").get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(id.toString());
        assertThat(item.get("verifiedBuyer").asBoolean()).isFalse();
        assertThat(item.has("authorId")).as("the author is not shown publicly").isFalse();
        assertThat(after.get("summary").get("average").decimalValue()).isEqualByComparingTo("4.0");
        assertThat(outboxCount("comment.review-published", product)).isEqualTo(1);
    }

    @Test
    void aSecondReviewOfTheSameProductIs409() {
        var product = activeProduct();
        var author = UUID.randomUUID();
        var first = write(author, product, 5);

        var second = as(customer(author))
                .post("/api/comment/products/" + product + "/reviews", review(3, "Again", "Second try"));

        var problem = assertProblem(second, 409, "COMMENT.ALREADY_REVIEWED");
        assertThat(problem.get("reviewId").asString()).isEqualTo(first.toString());
    }

    @Test
    void anotherCustomersReviewCannotBeEditedOrDeleted() {
        var product = activeProduct();
        var author = UUID.randomUUID();
        var id = write(author, product, 5);
        var intruder = as(customer(UUID.randomUUID()));

        assertProblem(
                intruder.put("/api/comment/reviews/" + id, review(1, "Mine now", "Hijacked")),
                404,
                "COMMENT.REVIEW_NOT_FOUND");
        assertProblem(intruder.delete("/api/comment/reviews/" + id), 404, "COMMENT.REVIEW_NOT_FOUND");

        var mine = as(customer(author)).get("/api/comment/reviews/mine").json();
        assertThat(mine.get("items").get(0).get("title").asString()).isEqualTo("T");
        assertThat(mine.get("items").get(0).get("rating").asInt()).isEqualTo(5);

        var edited = as(customer(author)).put("/api/comment/reviews/" + id, review(2, "Changed", "My own edit"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("rating").asInt()).isEqualTo(2);
        assertThat(as(customer(author)).delete("/api/comment/reviews/" + id).status())
                .isEqualTo(204);
        assertThat(as(customer(author))
                        .get("/api/comment/reviews/mine")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void anAdminDeletesAnyReviewAndItLeavesTheRating() {
        var product = activeProduct();
        var id = write(UUID.randomUUID(), product, 2);
        admin().post("/api/comment/admin/reviews/" + id + "/approve", null);

        assertThat(admin().delete("/api/comment/reviews/" + id).status()).isEqualTo(204);

        assertThat(anonymous()
                        .get("/api/comment/products/" + product + "/reviews")
                        .json()
                        .get("summary")
                        .get("count")
                        .asLong())
                .isZero();
        assertThat(outboxCount("comment.review-removed", product)).isEqualTo(1);
    }

    @Test
    void aStaleIfMatchIsRefused() {
        var product = activeProduct();
        var author = UUID.randomUUID();
        var id = write(author, product, 5);
        var stale = as(customer(author))
                .withHeader("If-Match", "\"7\"")
                .put("/api/comment/reviews/" + id, review(2, "Changed", "Edit"));
        assertProblem(stale, 412, "REQUEST.STALE_VERSION");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        var product = activeProduct();
        var customer = as(customer(UUID.randomUUID()));
        assertValidationProblem(
                customer.post("/api/comment/products/" + product + "/reviews", review(6, "Title", "Text")), "rating");
        assertValidationProblem(
                customer.post("/api/comment/products/" + product + "/reviews", review(3, "t".repeat(121), "Text")),
                "title");
        assertValidationProblem(
                customer.post("/api/comment/products/" + product + "/reviews", review(3, "T", "x".repeat(5001))),
                "text");
        var unknownField = new LinkedHashMap<String, Object>(review(3, "T", "Text"));
        unknownField.put("status", "APPROVED");
        assertThat(customer.post("/api/comment/products/" + product + "/reviews", unknownField)
                        .status())
                .isEqualTo(400);
        assertProblem(
                anonymous().get("/api/comment/products/" + product + "/reviews?sort=best"),
                422,
                "COMMENT.INVALID_SORT");
        assertValidationProblem(anonymous().get("/api/comment/products/" + product + "/reviews?size=500"), "size");
    }

    @Test
    void unknownAndUnreviewableProductsAreRefused() {
        var customer = as(customer(UUID.randomUUID()));
        assertProblem(
                customer.post("/api/comment/products/" + UUID.randomUUID() + "/reviews", review(3, "T", "Text")),
                404,
                "COMMENT.PRODUCT_NOT_FOUND");
        var draft = UUID.randomUUID();
        mediator.send(new RecordProduct(draft, "draft-" + draft, "Draft", "DRAFT", 0, false));
        assertProblem(
                customer.post("/api/comment/products/" + draft + "/reviews", review(3, "T", "Text")),
                422,
                "COMMENT.PRODUCT_NOT_REVIEWABLE");
    }

    @Test
    void writingNeedsACustomerAndModerationNeedsAnAdmin() {
        var product = activeProduct();
        assertThat(anonymous()
                        .post("/api/comment/products/" + product + "/reviews", review(3, "T", "Text"))
                        .status())
                .isEqualTo(401);
        var id = write(UUID.randomUUID(), product, 3);
        assertThat(as(customer(UUID.randomUUID()))
                        .post("/api/comment/admin/reviews/" + id + "/approve", null)
                        .status())
                .isEqualTo(403);
        assertThat(as(customer(UUID.randomUUID()))
                        .get("/api/comment/admin/reviews")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void rejectionNeedsAReasonAndIsShownToTheAuthorOnly() {
        var product = activeProduct();
        var author = UUID.randomUUID();
        var id = write(author, product, 1);
        assertValidationProblem(
                admin().post("/api/comment/admin/reviews/" + id + "/reject", java.util.Map.of("reason", "")), "reason");
        var rejected =
                admin().post("/api/comment/admin/reviews/" + id + "/reject", java.util.Map.of("reason", "Off topic"));
        assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
        var mine = as(customer(author)).get("/api/comment/reviews/mine").json();
        assertThat(mine.get("items").get(0).get("rejectionReason").asString()).isEqualTo("Off topic");
        assertThat(outboxCount("comment.review-rejected", product)).isEqualTo(1);
        assertThat(outboxCount("comment.review-removed", product)).isZero();
        assertThat(anonymous()
                        .get("/api/comment/products/" + product + "/reviews")
                        .json()
                        .get("summary")
                        .get("count")
                        .asLong())
                .isZero();
    }

    @Test
    void summarySortingFilteringAndPaging() {
        var product = activeProduct();
        var ids = new ArrayList<UUID>();
        int[] ratings = {5, 3, 4, 5, 1};
        for (int rating : ratings) {
            var id = write(UUID.randomUUID(), product, rating);
            admin().post("/api/comment/admin/reviews/" + id + "/approve", null);
            ids.add(id);
        }
        var voter = as(customer(UUID.randomUUID()));
        assertThat(voter.put("/api/comment/reviews/" + ids.get(1) + "/helpful", null)
                        .status())
                .isEqualTo(204);
        var base = "/api/comment/products/" + product + "/reviews";

        var all = anonymous().get(base).json();
        var summary = all.get("summary");
        assertThat(summary.get("count").asLong()).isEqualTo(5);
        assertThat(summary.get("average").decimalValue()).isEqualByComparingTo("3.6");
        assertThat(summary.get("distribution").get("5").asLong()).isEqualTo(2);
        assertThat(summary.get("distribution").get("2").asLong()).isZero();
        assertThat(all.get("reviews").get("items").get(0).get("id").asString())
                .as("newest first by default")
                .isEqualTo(ids.get(4).toString());

        assertThat(ratingsOf(anonymous().get(base + "?sort=rating").json())).containsExactly(5, 5, 4, 3, 1);
        assertThat(ratingsOf(anonymous().get(base + "?sort=-rating").json())).containsExactly(1, 3, 4, 5, 5);
        assertThat(anonymous()
                        .get(base + "?sort=helpful")
                        .json()
                        .get("reviews")
                        .get("items")
                        .get(0)
                        .get("id")
                        .asString())
                .isEqualTo(ids.get(1).toString());
        assertThat(ratingsOf(anonymous().get(base + "?rating=5").json())).containsExactly(5, 5);

        var page = anonymous().get(base + "?sort=rating&page=1&size=2").json().get("reviews");
        assertThat(page.get("total").asLong()).isEqualTo(5);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        assertThat(ratingsOfItems(page)).containsExactly(4, 3);
    }

    @Test
    void helpfulVotesAreOnePerCustomerRetractableAndNotOnOnesOwn() {
        var product = activeProduct();
        var author = UUID.randomUUID();
        var id = write(author, product, 4);
        var voter = as(customer(UUID.randomUUID()));
        assertProblem(voter.put("/api/comment/reviews/" + id + "/helpful", null), 404, "COMMENT.REVIEW_NOT_FOUND");
        admin().post("/api/comment/admin/reviews/" + id + "/approve", null);

        assertProblem(
                as(customer(author)).put("/api/comment/reviews/" + id + "/helpful", null), 422, "COMMENT.OWN_REVIEW");
        voter.put("/api/comment/reviews/" + id + "/helpful", null);
        voter.put("/api/comment/reviews/" + id + "/helpful", null);
        assertThat(helpful(product)).isEqualTo(1);
        as(customer(UUID.randomUUID())).put("/api/comment/reviews/" + id + "/helpful", null);
        assertThat(helpful(product)).isEqualTo(2);
        assertThat(voter.delete("/api/comment/reviews/" + id + "/helpful").status())
                .isEqualTo(204);
        voter.delete("/api/comment/reviews/" + id + "/helpful");
        assertThat(helpful(product)).isEqualTo(1);
    }

    @Test
    void theEleventhReviewInAnHourIs429() {
        var author = UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            write(author, activeProduct(), 3);
        }
        var eleventh = as(customer(author))
                .post("/api/comment/products/" + activeProduct() + "/reviews", review(3, "T", "Text"));
        assertProblem(eleventh, 429, "COMMENT.TOO_MANY_REVIEWS");
        assertThat(eleventh.header("Retry-After")).isNotBlank();
    }

    @Test
    void storedMarkupComesBackInertAsJsonText() {
        var product = activeProduct();
        var author = UUID.randomUUID();
        var title = "<script>alert('t')</script>";
        var text = "<img src=x onerror=alert(1)> <a href=\"javascript:alert(2)\">click</a> <script>alert(3)</script>";
        var written =
                as(customer(author)).post("/api/comment/products/" + product + "/reviews", review(2, title, text));
        assertThat(written.status()).isEqualTo(201);
        admin().post("/api/comment/admin/reviews/" + written.json().get("id").asString() + "/approve", null);

        var listing = anonymous().get("/api/comment/products/" + product + "/reviews");

        assertThat(listing.contentType()).startsWith("application/json");
        assertThat(listing.header("X-Content-Type-Options")).isEqualTo("nosniff");
        var item = listing.json().get("reviews").get("items").get(0);
        assertThat(item.get("title").asString()).isEqualTo(title);
        assertThat(item.get("text").asString()).isEqualTo(text);
    }

    @Test
    void aDeletedProductsReviewsAreHidden() {
        var product = activeProduct();
        var id = write(UUID.randomUUID(), product, 4);
        admin().post("/api/comment/admin/reviews/" + id + "/approve", null);
        mediator.send(new RecordProduct(product, "", "", "DELETED", 0, true));
        assertProblem(
                anonymous().get("/api/comment/products/" + product + "/reviews"), 404, "COMMENT.PRODUCT_NOT_FOUND");
    }

    private int helpful(UUID product) {
        return anonymous()
                .get("/api/comment/products/" + product + "/reviews")
                .json()
                .get("reviews")
                .get("items")
                .get(0)
                .get("helpfulCount")
                .asInt();
    }

    private static java.util.List<Integer> ratingsOf(tools.jackson.databind.JsonNode listing) {
        return ratingsOfItems(listing.get("reviews"));
    }

    private static java.util.List<Integer> ratingsOfItems(tools.jackson.databind.JsonNode page) {
        var ratings = new ArrayList<Integer>();
        page.get("items").forEach(item -> ratings.add(item.get("rating").asInt()));
        return ratings;
    }
}
