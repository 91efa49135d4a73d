package org.emporium.catalog.application.search;

import an.awesome.pipelinr.Command;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.emporium.catalog.application.image.ImageUrls;
import org.emporium.catalog.domain.Slug;
import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.category.Category;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.catalog.domain.image.ImageSize;
import org.emporium.platform.core.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Searches the products table directly: the {@code search_vector} column (weighted name A, brand B, description C,
 * English stemming) through its GIN index, filters on indexed columns, and the page, the total and both facets
 * computed from one materialised set of matches.
 */
@Component
class SearchProductsHandler implements Command.Handler<SearchProducts, SearchResultView> {
    private static final int MAX_BRAND_FACETS = 20;
    private final JdbcClient jdbc;
    private final Categories categories;
    private final ImageUrls imageUrls;

    SearchProductsHandler(JdbcClient jdbc, Categories categories, ImageUrls imageUrls) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.imageUrls = imageUrls;
    }

    @Override
    public SearchResultView handle(SearchProducts query) {
        var tree = categories.tree();
        var params = new HashMap<String, Object>();
        var where = new ArrayList<String>();
        where.add("p.status = 'ACTIVE'");
        var tsQuery = TextQuery.toTsQuery(query.text());
        tsQuery.ifPresent(q -> {
            where.add("p.search_vector @@ to_tsquery('english', :q)");
            params.put("q", q);
        });
        if (query.category() != null && !query.category().isBlank()) {
            var category = findCategory(tree, query.category().strip());
            if (category == null) {
                return empty(query);
            }
            where.add("p.category_id = ANY(:categories)");
            params.put(
                    "categories",
                    tree.withDescendants(category.id()).stream()
                            .map(CategoryId::value)
                            .toArray(UUID[]::new));
        }
        if (query.brand() != null && !query.brand().isBlank()) {
            where.add("lower(p.brand) = lower(:brand)");
            params.put("brand", query.brand().strip());
        }
        if (query.minPrice() != null) {
            where.add("p.price_amount >= :minPrice");
            params.put("minPrice", query.minPrice());
        }
        if (query.maxPrice() != null) {
            where.add("p.price_amount <= :maxPrice");
            params.put("maxPrice", query.maxPrice());
        }
        if (query.inStockOnly()) {
            where.add("p.stock > 0");
        }
        var condition = String.join(" AND ", where);
        var rank = tsQuery.isPresent() ? "ts_rank_cd(p.search_vector, to_tsquery('english', :q))" : "0";
        var order = switch (query.sort()) {
            case RELEVANCE -> tsQuery.isPresent() ? "rank DESC, p.id" : "p.created_at DESC, p.id";
            case PRICE_ASC -> "p.price_amount, p.id";
            case PRICE_DESC -> "p.price_amount DESC, p.id";
            case NEWEST -> "p.created_at DESC, p.id";
            case RATING -> "p.average_rating DESC, p.review_count DESC, p.id";
        };
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());

        var items = jdbc.sql("""
                        SELECT p.id, p.slug, p.name, p.brand, p.category_id, p.price_amount, p.currency, p.stock,
                               p.average_rating, p.review_count, %s AS rank,
                               (SELECT i.id FROM product_images i WHERE i.product_id = p.id
                                ORDER BY i.position LIMIT 1) AS image_id
                        FROM products p WHERE %s
                        ORDER BY %s LIMIT :limit OFFSET :offset""".formatted(rank, condition, order))
                .params(params)
                .query((rs, n) -> {
                    var imageId = rs.getObject("image_id", UUID.class);
                    return new SearchResultView.ProductSummaryView(
                            rs.getObject("id", UUID.class),
                            rs.getString("slug"),
                            rs.getString("name"),
                            rs.getString("brand"),
                            rs.getObject("category_id", UUID.class),
                            Money.of(rs.getBigDecimal("price_amount"), rs.getString("currency"))
                                    .amount(),
                            rs.getString("currency"),
                            rs.getInt("stock") > 0,
                            rs.getBigDecimal("average_rating"),
                            rs.getInt("review_count"),
                            imageId == null ? null : imageUrls.of(imageId, ImageSize.THUMBNAIL));
                })
                .list();

        record Count(String kind, String key, long count) {}
        var counts = jdbc.sql("""
                        WITH matched AS MATERIALIZED (
                            SELECT p.category_id, p.brand FROM products p WHERE %s)
                        SELECT 't' AS kind, NULL AS key, count(*) AS n FROM matched
                        UNION ALL
                        SELECT 'c', category_id::text, count(*) FROM matched GROUP BY category_id
                        UNION ALL
                        (SELECT 'b', brand, count(*) FROM matched WHERE brand IS NOT NULL
                         GROUP BY brand ORDER BY count(*) DESC, brand LIMIT %d)""".formatted(condition, MAX_BRAND_FACETS))
                .params(params)
                .query((rs, n) -> new Count(rs.getString("kind"), rs.getString("key"), rs.getLong("n")))
                .list();
        long total = 0;
        var categoryCounts = new ArrayList<SearchResultView.CategoryCount>();
        var brandCounts = new ArrayList<SearchResultView.BrandCount>();
        for (var count : counts) {
            switch (count.kind()) {
                case "t" -> {
                    total = count.count();
                }
                case "c" -> {
                    var id = new CategoryId(UUID.fromString(count.key()));
                    tree.byId(id)
                            .ifPresent(c -> categoryCounts.add(new SearchResultView.CategoryCount(
                                    id.value(), c.slug().value(), c.name(), count.count())));
                }
                default -> brandCounts.add(new SearchResultView.BrandCount(count.key(), count.count()));
            }
        }
        categoryCounts.sort((a, b) -> Long.compare(b.count(), a.count()));
        return new SearchResultView(
                items,
                query.page(),
                query.size(),
                total,
                (int) ((total + query.size() - 1) / query.size()),
                new SearchResultView.Facets(categoryCounts, brandCounts));
    }

    private static Category findCategory(org.emporium.catalog.domain.category.CategoryTree tree, String slugOrId) {
        try {
            return tree.byId(new CategoryId(UUID.fromString(slugOrId))).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            try {
                return tree.bySlug(new Slug(slugOrId)).orElse(null);
            } catch (RuntimeException notASlug) {
                return null;
            }
        }
    }

    private static SearchResultView empty(SearchProducts query) {
        return new SearchResultView(
                List.of(), query.page(), query.size(), 0, 0, new SearchResultView.Facets(List.of(), List.of()));
    }
}
