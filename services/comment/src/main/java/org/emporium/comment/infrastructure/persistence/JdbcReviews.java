package org.emporium.comment.infrastructure.persistence;

import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.emporium.comment.domain.CommentErrors;
import org.emporium.comment.domain.CustomerId;
import org.emporium.comment.domain.ProductId;
import org.emporium.comment.domain.Review;
import org.emporium.comment.domain.ReviewContent;
import org.emporium.comment.domain.ReviewId;
import org.emporium.comment.domain.ReviewStatus;
import org.emporium.comment.domain.Reviews;
import org.emporium.comment.infrastructure.messaging.ContractEvents;
import org.emporium.comment.infrastructure.messaging.ProductRating;
import org.emporium.platform.messaging.EventOutbox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reviews as rows, {@code version} checked and bumped on every update. When a save carries events (the review became
 * or stopped being public), the product's row in {@code known_products} is locked and its rating sequence bumped
 * before its rating is recomputed from the committed public reviews, so concurrent changes of one product publish
 * ratings in the order they commit, each with a higher {@code ratingVersion}.
 */
@Repository
class JdbcReviews implements Reviews {
    static final String COLUMNS = """
            id, product_id, author_id, rating, title, text, status, verified_buyer, rejection_reason, helpful_count,
            created_at, updated_at, version""";

    private final JdbcClient jdbc;
    private final EventOutbox outbox;

    JdbcReviews(JdbcClient jdbc, EventOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Override
    public Optional<Review> byId(ReviewId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reviews WHERE id = :id")
                .param("id", id.value())
                .query(JdbcReviews::row)
                .optional();
    }

    @Override
    public Optional<ReviewId> idOf(ProductId product, CustomerId author) {
        return jdbc.sql("SELECT id FROM reviews WHERE product_id = :product AND author_id = :author")
                .param("product", product.value())
                .param("author", author.value())
                .query(UUID.class)
                .optional()
                .map(ReviewId::new);
    }

    @Override
    public void save(Review review) {
        if (review.version() == Review.NEW) {
            insert(review);
        } else {
            int updated = jdbc.sql("""
                            UPDATE reviews SET rating = :rating, title = :title, text = :text, status = :status,
                                verified_buyer = :verified, rejection_reason = :reason, updated_at = :updatedAt,
                                version = version + 1
                            WHERE id = :id AND version = :version""")
                    .param("rating", review.content().rating())
                    .param("title", review.content().title())
                    .param("text", review.content().text())
                    .param("status", review.status().name())
                    .param("verified", review.verifiedBuyer())
                    .param("reason", review.rejectionReason())
                    .param("updatedAt", java.sql.Timestamp.from(review.updatedAt()))
                    .param("id", review.id().value())
                    .param("version", review.version())
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException(
                        "Review " + review.id() + " changed since it was read at version " + review.version());
            }
        }
        publish(review);
    }

    private void insert(Review review) {
        try {
            jdbc.sql("INSERT INTO reviews (" + COLUMNS + ") VALUES (:id, :product, :author, :rating, :title, :text,"
                            + " :status, :verified, NULL, 0, :createdAt, :updatedAt, 0)")
                    .param("id", review.id().value())
                    .param("product", review.productId().value())
                    .param("author", review.author().value())
                    .param("rating", review.content().rating())
                    .param("title", review.content().title())
                    .param("text", review.content().text())
                    .param("status", review.status().name())
                    .param("verified", review.verifiedBuyer())
                    .param("createdAt", java.sql.Timestamp.from(review.createdAt()))
                    .param("updatedAt", java.sql.Timestamp.from(review.updatedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            var existing = idOf(review.productId(), review.author())
                    .map(Object::toString)
                    .orElse("?");
            throw CommentErrors.alreadyReviewed(review.productId(), existing);
        }
        jdbc.sql("INSERT INTO review_submissions (author_id, submitted_at) VALUES (:author, :at)")
                .param("author", review.author().value())
                .param("at", java.sql.Timestamp.from(review.createdAt()))
                .update();
    }

    @Override
    public void delete(Review review) {
        int deleted = jdbc.sql("DELETE FROM reviews WHERE id = :id AND version = :version")
                .param("id", review.id().value())
                .param("version", review.version())
                .update();
        if (deleted == 0) {
            throw new OptimisticLockingFailureException("Review " + review.id() + " changed while being deleted");
        }
        publish(review);
    }

    @Override
    public long submittedSince(CustomerId author, Instant since) {
        return jdbc.sql("SELECT count(*) FROM review_submissions WHERE author_id = :author AND submitted_at > :since")
                .param("author", author.value())
                .param("since", java.sql.Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    private void publish(Review review) {
        for (var event : review.events()) {
            outbox.add(ContractEvents.of(event, () -> nextRating(review.productId())));
        }
    }

    /** Locks the product's row, bumps its rating sequence and computes its rating over the public reviews. */
    private ProductRating nextRating(ProductId product) {
        long version =
                jdbc.sql("""
                        INSERT INTO known_products (id, slug, name, status, version, rating_version)
                        VALUES (:id, :id::text, '', 'UNKNOWN', -1, 1)
                        ON CONFLICT (id) DO UPDATE SET rating_version = known_products.rating_version + 1
                        RETURNING rating_version""").param("id", product.value()).query(Long.class).single();
        return jdbc.sql("SELECT coalesce(avg(rating), 0) AS average, count(*) AS count FROM reviews"
                        + " WHERE product_id = :id AND status = 'APPROVED'")
                .param("id", product.value())
                .query((rs, n) -> new ProductRating(
                        rs.getBigDecimal("average").setScale(2, RoundingMode.HALF_UP), rs.getInt("count"), version))
                .single();
    }

    static Review row(ResultSet rs, int n) throws SQLException {
        return Review.restore(
                new ReviewId(rs.getObject("id", UUID.class)),
                new ProductId(rs.getObject("product_id", UUID.class)),
                new CustomerId(rs.getObject("author_id", UUID.class)),
                new ReviewContent(rs.getInt("rating"), rs.getString("title"), rs.getString("text")),
                ReviewStatus.valueOf(rs.getString("status")),
                rs.getBoolean("verified_buyer"),
                rs.getString("rejection_reason"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
