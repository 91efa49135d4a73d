package org.emporium.catalog.application.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.catalog.domain.product.ProductStatus;

/**
 * The read model search runs on: products of one status (live ones for shoppers) matching criteria, one page of them with the total and the facet
 * counts over every match. The adapter decides how (SQL, an index, a cache of counts); the handler resolves what the
 * shopper typed into criteria and names the facets.
 */
public interface ProductSearch {

    /**
     * What to find.
     *
     * @param text what the shopper typed; blank for browsing (then relevance means newest first)
     * @param categoryIds the categories to search in (a category with its descendants); null for every category
     * @param brand exact brand, case-insensitive; null for any
     * @param status the products' status: {@code ACTIVE} for shoppers
     */
    record Criteria(
            String text,
            List<UUID> categoryIds,
            String brand,
            BigDecimal minPrice,
            BigDecimal maxPrice,
            boolean inStockOnly,
            ProductStatus status,
            ProductSort sort,
            int page,
            int size) {}

    /**
     * One page and the counts over all matches.
     *
     * @param categories matches per category id (names come from the category tree, which may be newer)
     * @param brands the top brands, most matches first
     */
    record Result(
            List<SearchResultView.ProductSummaryView> items,
            long total,
            Map<UUID, Long> categories,
            List<SearchResultView.BrandCount> brands) {}

    Result find(Criteria criteria);
}
