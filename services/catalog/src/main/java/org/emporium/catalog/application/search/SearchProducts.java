package org.emporium.catalog.application.search;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.emporium.catalog.domain.product.ProductStatus;
import org.emporium.platform.mediator.Query;

/**
 * Products matching a text query and filters, one page of them, with the total and facet counts: live ones, or for
 * an admin the drafts or the archived ones ({@code status}).
 *
 * @param text words to find; each also matches as a prefix ("head" finds "headphones"); blank for browsing
 * @param category a category slug or id; its sub-categories are included
 * @param brand exact brand, case-insensitive
 * @param status {@code ACTIVE} for everyone; {@code DRAFT} and {@code ARCHIVED} only for admins (the controller
 *     refuses them otherwise)
 * @param page zero-based; only the first {@link #MAX_RESULT_WINDOW} results can be paged to (deeper pages are
 *     refused: they cost a scan of every result before them, and nobody reads them; narrow the search instead)
 * @param size at most {@link #MAX_PAGE_SIZE}
 */
public record SearchProducts(
        @Size(max = 200) String text,
        @Size(max = 120) String category,
        @Size(max = 100) String brand,
        @DecimalMin("0") BigDecimal minPrice,
        @DecimalMin("0") BigDecimal maxPrice,
        boolean inStockOnly,
        @NotNull ProductStatus status,
        @NotNull ProductSort sort,
        @Min(0) @Max(10_000) int page,
        @Min(1) @Max(MAX_PAGE_SIZE) int size)
        implements Query<SearchResultView> {
    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** How many results paging reaches, like a search engine's result window. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    /** Reported as the field {@code pageWithinResultWindow} when a page lies past the result window. */
    @AssertTrue(message = "page and size reach past the first 10000 results; narrow the search")
    public boolean isPageWithinResultWindow() {
        return (long) page * size + size <= MAX_RESULT_WINDOW;
    }
}
