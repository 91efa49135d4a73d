package org.emporium.catalog.application.search;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.emporium.platform.mediator.Query;

/**
 * Live products matching a text query and filters, one page of them, with the total and facet counts.
 *
 * @param text words to find; each also matches as a prefix ("head" finds "headphones"); blank for browsing
 * @param category a category slug or id; its sub-categories are included
 * @param brand exact brand, case-insensitive
 * @param page zero-based
 * @param size at most {@link #MAX_PAGE_SIZE}
 */
public record SearchProducts(
        @Size(max = 200) String text,
        @Size(max = 120) String category,
        @Size(max = 100) String brand,
        @DecimalMin("0") BigDecimal minPrice,
        @DecimalMin("0") BigDecimal maxPrice,
        boolean inStockOnly,
        @NotNull ProductSort sort,
        @Min(0) @Max(10_000) int page,
        @Min(1) @Max(MAX_PAGE_SIZE) int size)
        implements Query<SearchResultView> {
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;
}
