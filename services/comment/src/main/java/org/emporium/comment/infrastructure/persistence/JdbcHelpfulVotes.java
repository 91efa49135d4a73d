package org.emporium.comment.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import org.emporium.comment.domain.CustomerId;
import org.emporium.comment.domain.HelpfulVotes;
import org.emporium.comment.domain.ReviewId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Votes keyed by (review, voter): the primary key is the one-vote rule; the review's count moves with them. */
@Repository
class JdbcHelpfulVotes implements HelpfulVotes {
    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcHelpfulVotes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean add(ReviewId review, CustomerId voter) {
        int added = jdbc.sql("INSERT INTO helpful_votes (review_id, voter_id, voted_at) VALUES (:review, :voter, :at)"
                        + " ON CONFLICT DO NOTHING")
                .param("review", review.value())
                .param("voter", voter.value())
                .param("at", Timestamp.from(clock.instant()))
                .update();
        if (added > 0) {
            count(review, "+ 1");
        }
        return added > 0;
    }

    @Override
    public boolean remove(ReviewId review, CustomerId voter) {
        int removed = jdbc.sql("DELETE FROM helpful_votes WHERE review_id = :review AND voter_id = :voter")
                .param("review", review.value())
                .param("voter", voter.value())
                .update();
        if (removed > 0) {
            count(review, "- 1");
        }
        return removed > 0;
    }

    private void count(ReviewId review, String change) {
        jdbc.sql("UPDATE reviews SET helpful_count = helpful_count " + change + " WHERE id = :review")
                .param("review", review.value())
                .update();
    }
}
