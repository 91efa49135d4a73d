package org.emporium.comment.application;

import java.util.UUID;
import org.emporium.comment.domain.CommentErrors;
import org.emporium.comment.domain.CustomerId;
import org.emporium.comment.domain.HelpfulVotes;
import org.emporium.comment.domain.KnownProducts;
import org.emporium.comment.domain.ReviewId;
import org.emporium.comment.domain.Reviews;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class VoteHelpfulHandler implements Handler<VoteHelpful, UUID> {
    private final Reviews reviews;
    private final KnownProducts products;
    private final HelpfulVotes votes;

    VoteHelpfulHandler(Reviews reviews, KnownProducts products, HelpfulVotes votes) {
        this.reviews = reviews;
        this.products = products;
        this.votes = votes;
    }

    @Override
    public UUID handle(VoteHelpful command) {
        var id = new ReviewId(command.reviewId());
        var voter = new CustomerId(command.voter());
        var review = reviews.byId(id).orElseThrow(() -> CommentErrors.reviewNotFound(id));
        if (products.byId(review.productId()).map(p -> p.deleted()).orElse(true)) {
            throw CommentErrors.reviewNotFound(id);
        }
        review.requireVotableBy(voter);
        if (command.helpful()) {
            votes.add(id, voter);
        } else {
            votes.remove(id, voter);
        }
        return id.value();
    }
}
