package org.emporium.comment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.junit.jupiter.api.Test;

class ReviewTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final ProductId product = new ProductId(UUID.randomUUID());
    private final CustomerId author = new CustomerId(UUID.randomUUID());
    private final CustomerId other = new CustomerId(UUID.randomUUID());

    private static ReviewContent content(int rating) {
        return new ReviewContent(rating, "Good", "Works as described.");
    }

    private Review pending() {
        return Review.write(ReviewId.newId(), product, author, content(4), false, ModerationPolicy.DEFAULT, NOW);
    }

    private Review approved() {
        var review = Review.restore(
                ReviewId.newId(), product, author, content(4), ReviewStatus.APPROVED, false, null, NOW, NOW, 3);
        return review;
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void aNonBuyersReviewWaitsForModerationAndIsNotPublished() {
        var review = pending();
        assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(review.events()).isEmpty();
    }

    @Test
    void aVerifiedBuyersReviewIsApprovedAtOnceUnlessThePolicyIsOff() {
        var auto = Review.write(ReviewId.newId(), product, author, content(5), true, ModerationPolicy.DEFAULT, NOW);
        assertThat(auto.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(auto.events()).singleElement().isInstanceOf(ReviewEvent.Published.class);

        var manual =
                Review.write(ReviewId.newId(), product, author, content(5), true, new ModerationPolicy(false), NOW);
        assertThat(manual.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(manual.events()).isEmpty();
    }

    @Test
    void refusesRatingsTitlesAndTextsOutsideTheirLimits() {
        assertThat(code(() -> new ReviewContent(0, "t", "x"))).isEqualTo(CommentErrors.INVALID_REVIEW);
        assertThat(code(() -> new ReviewContent(6, "t", "x"))).isEqualTo(CommentErrors.INVALID_REVIEW);
        assertThat(code(() -> new ReviewContent(3, "   ", "x"))).isEqualTo(CommentErrors.INVALID_REVIEW);
        assertThat(code(() -> new ReviewContent(3, "t".repeat(121), "x"))).isEqualTo(CommentErrors.INVALID_REVIEW);
        assertThat(code(() -> new ReviewContent(3, "t", "x".repeat(5001)))).isEqualTo(CommentErrors.INVALID_REVIEW);
        assertThat(code(() -> new ReviewContent(3, "t\u0000", "x"))).isEqualTo(CommentErrors.INVALID_REVIEW);
        assertThat(new ReviewContent(3, "t".repeat(120), "x".repeat(5000)).title())
                .hasSize(120);
    }

    @Test
    void keepsMarkupAsPlainTextExactlyAsWritten() {
        var text = "<script>alert(1)</script><img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">x</a>";
        assertThat(new ReviewContent(1, "<b>t</b>", text).text()).isEqualTo(text);
    }

    @Test
    void onlyTheAuthorEditsAndAnEditedPublicReviewIsWithdrawnUntilApprovedAgain() {
        var review = approved();
        assertThat(code(() -> review.edit(other, content(1), false, ModerationPolicy.DEFAULT, NOW)))
                .isEqualTo(CommentErrors.REVIEW_NOT_FOUND);

        review.edit(author, content(2), false, ModerationPolicy.DEFAULT, NOW);

        assertThat(review.status()).isEqualTo(ReviewStatus.PENDING);
        assertThat(review.events())
                .singleElement()
                .isInstanceOfSatisfying(
                        ReviewEvent.Withdrawn.class, e -> assertThat(e.reason()).isEqualTo("EDITED"));
    }

    @Test
    void aVerifiedBuyersEditStaysPublicWithTheNewRating() {
        var review = approved();
        review.edit(author, content(1), true, ModerationPolicy.DEFAULT, NOW);
        assertThat(review.status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(review.events())
                .singleElement()
                .isInstanceOfSatisfying(
                        ReviewEvent.Published.class, e -> assertThat(e.rating()).isEqualTo(1));
    }

    @Test
    void onlyTheAuthorOrAnAdminDeletesAndAPublicOneLeavesTheRating() {
        var review = approved();
        assertThat(code(() -> review.delete(other, false, NOW))).isEqualTo(CommentErrors.REVIEW_NOT_FOUND);
        review.delete(other, true, NOW);
        assertThat(review.events())
                .singleElement()
                .isInstanceOfSatisfying(
                        ReviewEvent.Withdrawn.class, e -> assertThat(e.reason()).isEqualTo("DELETED"));
    }

    @Test
    void approvalPublishesOnceAndRejectionNeedsAReasonAndWithdraws() {
        var review = pending();
        review.approve(NOW);
        review.approve(NOW);
        assertThat(review.events()).hasSize(1).first().isInstanceOf(ReviewEvent.Published.class);

        assertThat(code(() -> review.reject(" ", NOW))).isEqualTo(CommentErrors.INVALID_REVIEW);
        review.reject("Off topic", NOW);
        assertThat(review.status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(review.rejectionReason()).isEqualTo("Off topic");
        assertThat(review.events())
                .extracting(event -> event.getClass().getSimpleName())
                .containsExactly("Published", "Withdrawn", "Rejected");
        assertThat(((ReviewEvent.Rejected) review.events().get(2)).reason()).isEqualTo("Off topic");
    }

    @Test
    void rejectingAPendingReviewTellsItsAuthorOnly() {
        var review = pending();
        review.reject("  Off topic  ", NOW);
        assertThat(review.events()).singleElement().isInstanceOfSatisfying(ReviewEvent.Rejected.class, rejected -> {
            assertThat(rejected.reason()).isEqualTo("Off topic");
            assertThat(rejected.author()).isEqualTo(review.author());
        });
    }

    @Test
    void helpfulVotesAreForPublicReviewsOfOthers() {
        assertThat(code(() -> pending().requireVotableBy(other))).isEqualTo(CommentErrors.REVIEW_NOT_FOUND);
        assertThat(code(() -> approved().requireVotableBy(author))).isEqualTo(CommentErrors.OWN_REVIEW);
        approved().requireVotableBy(other);
    }

    @Test
    void theSubmissionLimitRefusesTheEleventhReviewInAnHourWith429() {
        var limit = SubmissionLimit.DEFAULT;
        limit.check(9);
        assertThatThrownBy(() -> limit.check(10)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(CommentErrors.TOO_MANY_REVIEWS);
            assertThat(e.kind()).isEqualTo(ErrorKind.TOO_MANY_REQUESTS);
        });
        assertThat(limit.since(NOW)).isEqualTo(NOW.minus(Duration.ofHours(1)));
    }
}
