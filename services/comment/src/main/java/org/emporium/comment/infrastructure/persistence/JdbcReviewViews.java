package org.emporium.comment.infrastructure.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.emporium.comment.application.RatingSummaryView;
import org.emporium.comment.application.ReviewPageView;
import org.emporium.comment.application.ReviewSort;
import org.emporium.comment.application.ReviewView;
import org.emporium.comment.application.ReviewViews;
import org.emporium.comment.domain.CustomerId;
import org.emporium.comment.domain.ProductId;
import org.emporium.comment.domain.ReviewId;
import org.emporium.comment.domain.ReviewStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The review listings, straight from the tables (no aggregate loaded). */
@Repository
class JdbcReviewViews implements ReviewViews {
    private final JdbcClient jdbc;

    JdbcReviewViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReviewView> byId(ReviewId id) {
        return jdbc.sql("SELECT " + JdbcReviews.COLUMNS + " FROM reviews WHERE id = :id")
                .param("id", id.value())
                .query(JdbcReviewViews::view)
                .optional();
    }

    @Override
    public ReviewPageView approvedOf(ProductId product, ReviewSort sort, @Nullable Integer rating, int page, int size) {
        var where = "product_id = :product AND status = 'APPROVED'" + (rating == null ? "" : " AND rating = :rating");
        var order = switch (sort) {
            case NEWEST -> "created_at DESC, id";
            case HELPFUL -> "helpful_count DESC, created_at DESC, id";
            case RATING -> "rating DESC, created_at DESC, id";
            case RATING_ASCENDING -> "rating ASC, created_at DESC, id";
        };
        var items = jdbc.sql("SELECT " + JdbcReviews.COLUMNS + " FROM reviews WHERE " + where + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset")
                .param("product", product.value())
                .params(rating == null ? Map.of() : Map.of("rating", rating))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(JdbcReviewViews::view)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM reviews WHERE " + where)
                .param("product", product.value())
                .params(rating == null ? Map.of() : Map.of("rating", rating))
                .query(Long.class)
                .single();
        return ReviewPageView.of(items, page, size, total);
    }

    @Override
    public RatingSummaryView summaryOf(ProductId product) {
        var distribution = new LinkedHashMap<Integer, Long>();
        for (int stars = 1; stars <= 5; stars++) {
            distribution.put(stars, 0L);
        }
        jdbc.sql("SELECT rating, count(*) AS n FROM reviews WHERE product_id = :product AND status = 'APPROVED'"
                        + " GROUP BY rating")
                .param("product", product.value())
                .query((rs, n) -> Map.entry(rs.getInt("rating"), rs.getLong("n")))
                .list()
                .forEach(e -> distribution.put(e.getKey(), e.getValue()));
        long count = distribution.values().stream().mapToLong(Long::longValue).sum();
        long stars = distribution.entrySet().stream()
                .mapToLong(e -> e.getKey() * e.getValue())
                .sum();
        var average = count == 0
                ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(stars).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
        return new RatingSummaryView(average, count, distribution);
    }

    @Override
    public ReviewPageView byAuthor(CustomerId author, int page, int size) {
        return page("author_id = :key", author.value(), "created_at DESC, id", page, size);
    }

    @Override
    public ReviewPageView byStatus(ReviewStatus status, int page, int size) {
        return page(
                "status = :key AND NOT EXISTS (SELECT 1 FROM known_products k WHERE k.id = product_id AND k.deleted)",
                status.name(),
                "created_at, id",
                page,
                size);
    }

    private ReviewPageView page(String where, Object key, String order, int page, int size) {
        List<ReviewView> items = jdbc.sql("SELECT " + JdbcReviews.COLUMNS + " FROM reviews WHERE " + where
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .param("key", key)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(JdbcReviewViews::view)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM reviews WHERE " + where)
                .param("key", key)
                .query(Long.class)
                .single();
        return ReviewPageView.of(items, page, size, total);
    }

    private static ReviewView view(ResultSet rs, int n) throws SQLException {
        return new ReviewView(
                rs.getObject("id", UUID.class),
                rs.getObject("product_id", UUID.class),
                rs.getObject("author_id", UUID.class),
                rs.getInt("rating"),
                rs.getString("title"),
                rs.getString("text"),
                rs.getString("status"),
                rs.getBoolean("verified_buyer"),
                rs.getInt("helpful_count"),
                rs.getString("rejection_reason"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
