package org.emporium.comment.api;

import jakarta.validation.Valid;
import java.util.UUID;
import org.emporium.comment.application.ApproveReview;
import org.emporium.comment.application.GetReview;
import org.emporium.comment.application.ListReviewsForModeration;
import org.emporium.comment.application.Paging;
import org.emporium.comment.application.RejectReview;
import org.emporium.comment.application.ReviewPageView;
import org.emporium.comment.application.ReviewView;
import org.emporium.comment.domain.ReviewStatus;
import org.emporium.platform.mediator.Mediator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Moderation, for admins: the queue by status, approve, reject with a reason. */
@RestController
@RequestMapping("/api/comment/admin/reviews")
class AdminReviewController {
    private final Mediator mediator;

    AdminReviewController(Mediator mediator) {
        this.mediator = mediator;
    }

    @GetMapping
    ReviewPageView queue(
            @RequestParam(defaultValue = "PENDING") ReviewStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return mediator.send(new ListReviewsForModeration(status, page, size));
    }

    @PostMapping("/{id}/approve")
    ReviewView approve(@PathVariable UUID id) {
        mediator.send(new ApproveReview(id));
        return mediator.send(new GetReview(id, null, true));
    }

    @PostMapping("/{id}/reject")
    ReviewView reject(@PathVariable UUID id, @Valid @RequestBody RejectRequest request) {
        mediator.send(new RejectReview(id, request.reason()));
        return mediator.send(new GetReview(id, null, true));
    }
}
