package org.emporium.web.storefront;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page's query, passed on to catalog's {@code GET /api/catalog/products} as it is: catalog judges it
 * (an unknown sort, a page past the result window) and the page shows catalog's reason.
 */
public record SearchForm(
        @Nullable @Size(max = 200) String q,
        @Nullable @Size(max = 100) String category,
        @Nullable @Size(max = 100) String brand,
        @Nullable @DecimalMin("0") BigDecimal minPrice,
        @Nullable @DecimalMin("0") BigDecimal maxPrice,
        @Nullable Boolean inStock,

        @Nullable @Pattern(regexp = "relevance|price|-price|newest|rating")
        String sort,

        @Nullable @Min(0) @Max(10000) Integer page) {
    public static final int PAGE_SIZE = 12;

    /** The catalog query for this form, at {@code page}. */
    String catalogQuery(int page) {
        var uri = UriComponentsBuilder.fromPath("/api/catalog/products");
        if (q != null && !q.isBlank()) uri.queryParam("q", q);
        if (category != null && !category.isBlank()) uri.queryParam("category", category);
        if (brand != null && !brand.isBlank()) uri.queryParam("brand", brand);
        if (minPrice != null) uri.queryParam("minPrice", minPrice.toPlainString());
        if (maxPrice != null) uri.queryParam("maxPrice", maxPrice.toPlainString());
        if (Boolean.TRUE.equals(inStock)) uri.queryParam("inStock", true);
        if (sort != null && !sort.isBlank()) uri.queryParam("sort", sort);
        uri.queryParam("page", page).queryParam("size", PAGE_SIZE);
        return uri.encode().build().toUriString();
    }

    /** This search's page link with one facet changed ({@code null} removes it), from the first page. */
    public String with(String name, @Nullable Object value) {
        var uri = UriComponentsBuilder.fromPath("/search");
        put(uri, "q", "q".equals(name) ? value : q);
        put(uri, "category", "category".equals(name) ? value : category);
        put(uri, "brand", "brand".equals(name) ? value : brand);
        put(uri, "minPrice", "minPrice".equals(name) ? value : minPrice);
        put(uri, "maxPrice", "maxPrice".equals(name) ? value : maxPrice);
        put(uri, "inStock", "inStock".equals(name) ? value : inStock);
        put(uri, "sort", "sort".equals(name) ? value : sort);
        if ("page".equals(name)) put(uri, "page", value);
        return uri.encode().build().toUriString();
    }

    private static void put(UriComponentsBuilder uri, String name, @Nullable Object value) {
        if (value != null && !value.toString().isBlank() && !Boolean.FALSE.equals(value)) {
            uri.queryParam(name, value);
        }
    }

    int pageOrFirst() {
        return page == null ? 0 : page;
    }
}
