package org.emporium.comment.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.emporium.comment.application.DeleteReview;
import org.emporium.comment.application.EditReview;
import org.emporium.comment.application.GetReview;
import org.emporium.comment.application.ListMyReviews;
import org.emporium.comment.application.ListProductReviews;
import org.emporium.comment.application.Paging;
import org.emporium.comment.application.ProductReviewsView;
import org.emporium.comment.application.ReviewPageView;
import org.emporium.comment.application.ReviewSort;
import org.emporium.comment.application.ReviewView;
import org.emporium.comment.application.VoteHelpful;
import org.emporium.comment.application.WriteReview;
import org.emporium.comment.domain.CommentErrors;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.CurrentUser;
import org.emporium.platform.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviews: a product's public reviews for anyone; writing, editing, deleting and helpful votes for customers (their
 * own reviews only: anyone else's is 404). Every answer is JSON, so review text is never interpreted as markup.
 */
@RestController
@RequestMapping("/api/comment")
class ReviewController {
    private final Mediator mediator;
    private final CurrentUser currentUser;

    ReviewController(Mediator mediator, CurrentUser currentUser) {
        this.mediator = mediator;
        this.currentUser = currentUser;
    }

    @GetMapping("/products/{productId}/reviews")
    ProductReviewsView productReviews(
            @PathVariable UUID productId,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer rating,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        var order = ReviewSort.fromParameter(sort).orElseThrow(CommentErrors::invalidSort);
        return mediator.send(new ListProductReviews(productId, order, rating, page, size));
    }

    @PostMapping("/products/{productId}/reviews")
    ResponseEntity<ReviewView> write(@PathVariable UUID productId, @Valid @RequestBody ReviewRequest request) {
        var id = mediator.send(
                new WriteReview(productId, currentUser.id(), request.rating(), request.title(), request.text()));
        var review = own(id);
        return ResponseEntity.created(URI.create("/api/comment/reviews/" + id))
                .eTag(ETags.of(review.version()))
                .body(review);
    }

    @GetMapping("/reviews/mine")
    ReviewPageView mine(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return mediator.send(new ListMyReviews(currentUser.id(), page, size));
    }

    @PutMapping("/reviews/{id}")
    ResponseEntity<ReviewView> edit(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ReviewRequest request) {
        var expected = ifMatch == null ? null : ETags.version(ifMatch);
        mediator.send(
                new EditReview(id, currentUser.id(), expected, request.rating(), request.title(), request.text()));
        var review = own(id);
        return ResponseEntity.ok().eTag(ETags.of(review.version())).body(review);
    }

    @DeleteMapping("/reviews/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id) {
        var admin = currentUser.isAdmin();
        var caller = currentUser.idIfPresent().orElse(new UUID(0, 0));
        mediator.send(new DeleteReview(id, caller, admin));
    }

    @PutMapping("/reviews/{id}/helpful")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void voteHelpful(@PathVariable UUID id) {
        mediator.send(new VoteHelpful(id, currentUser.id(), true));
    }

    @DeleteMapping("/reviews/{id}/helpful")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdrawHelpful(@PathVariable UUID id) {
        mediator.send(new VoteHelpful(id, currentUser.id(), false));
    }

    private ReviewView own(UUID id) {
        return mediator.send(new GetReview(id, currentUser.id(), false));
    }
}
