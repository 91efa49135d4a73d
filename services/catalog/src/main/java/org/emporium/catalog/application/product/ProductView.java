package org.emporium.catalog.application.product;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product as shoppers and admins read it.
 *
 * @param version the optimistic-locking version; the API sends it as the ETag
 */
public record ProductView(
        UUID id,
        String slug,
        String name,
        String description,
        CategoryRef category,
        String brand,
        Map<String, String> attributes,
        BigDecimal price,
        String currency,
        int stock,
        boolean inStock,
        String status,
        BigDecimal averageRating,
        int reviewCount,
        List<ImageView> images,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** {@code rating: {average, count}}, the same as {@code averageRating} and {@code reviewCount}. */
    @JsonProperty("rating")
    public RatingView rating() {
        return new RatingView(averageRating, reviewCount);
    }

    /** The category a product is in. */
    public record CategoryRef(UUID id, String slug, String name) {}

    /**
     * One picture; {@code urls} maps each size ({@code original}, {@code 800}, {@code 200}) to its address.
     */
    public record ImageView(UUID id, int position, int width, int height, Map<String, String> urls) {}
}
