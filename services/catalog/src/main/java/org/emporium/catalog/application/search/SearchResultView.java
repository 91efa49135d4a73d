package org.emporium.catalog.application.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.emporium.catalog.application.product.RatingView;

/**
 * One page of search results.
 *
 * @param total how many products match in all
 * @param facets counts per category and per brand over everything that matches, not just this page
 */
public record SearchResultView(
        List<ProductSummaryView> items, int page, int size, long total, int totalPages, Facets facets) {

    /** A product in a result list. */
    public record ProductSummaryView(
            UUID id,
            String slug,
            String name,
            String brand,
            UUID categoryId,
            BigDecimal price,
            String currency,
            boolean inStock,
            BigDecimal averageRating,
            int reviewCount,
            String thumbnailUrl) {

        /** {@code rating: {average, count}}, the same as {@code averageRating} and {@code reviewCount}. */
        @JsonProperty("rating")
        public RatingView rating() {
            return new RatingView(averageRating, reviewCount);
        }
    }

    public record Facets(List<CategoryCount> categories, List<BrandCount> brands) {}

    public record CategoryCount(UUID id, String slug, String name, long count) {}

    public record BrandCount(String brand, long count) {}
}
