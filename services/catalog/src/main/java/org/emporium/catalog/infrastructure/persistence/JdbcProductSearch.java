package org.emporium.catalog.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.catalog.application.image.ImageUrls;
import org.emporium.catalog.application.search.ProductSearch;
import org.emporium.catalog.application.search.ProductSort;
import org.emporium.catalog.application.search.SearchResultView;
import org.emporium.catalog.domain.image.ImageSize;
import org.emporium.platform.core.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Searches the products table directly: the {@code search_vector} column (weighted name A, brand B, description C,
 * English stemming) through its GIN index, filters on indexed columns. Each matching row is read once per request:
 *
 * <ul>
 *   <li>With text, one statement finds the matches once (a materialised CTE: id, category, brand, sort keys and,
 *       for relevance, {@code ts_rank_cd}), takes the page from it and counts the total and both facets over it in
 *       one {@code GROUPING SETS} pass.
 *   <li>Without text (browsing), the page comes straight from the index of the sort order (a few rows read), and
 *       the counts from one {@code GROUPING SETS} pass, kept for a few seconds in {@link SearchCountCache} since
 *       they are the same for every shopper.
 * </ul>
 */
@Repository
class JdbcProductSearch implements ProductSearch {
    private static final int MAX_BRAND_FACETS = 20;
    private static final String ITEM_COLUMNS = """
            p.id, p.slug, p.name, p.brand, p.category_id, p.price_amount, p.currency, p.stock, p.average_rating,
            p.review_count, (SELECT i.id FROM product_images i WHERE i.product_id = p.id
                             ORDER BY i.position LIMIT 1) AS image_id""";
    private final JdbcClient jdbc;
    private final ImageUrls imageUrls;
    private final SearchCountCache counts;

    JdbcProductSearch(JdbcClient jdbc, ImageUrls imageUrls, SearchCountCache counts) {
        this.jdbc = jdbc;
        this.imageUrls = imageUrls;
        this.counts = counts;
    }

    @Override
    public Result find(Criteria criteria) {
        var params = new HashMap<String, Object>();
        var where = new ArrayList<String>();
        // A literal, not a parameter: an enum's name, and the browse indexes are partial on status = 'ACTIVE', which a
        // generic plan with a parameter could not use.
        where.add("p.status = '" + criteria.status().name() + "'");
        var tsQuery = TextQuery.toTsQuery(criteria.text());
        tsQuery.ifPresent(q -> {
            // A scalar sub-select: evaluated once per statement. As a plain call in a server-prepared statement's
            // generic plan, to_tsquery (parsing, stemming) ran again for every matching row.
            where.add("p.search_vector @@ (SELECT to_tsquery('english', :q))");
            params.put("q", q);
        });
        if (criteria.categoryIds() != null) {
            where.add("p.category_id = ANY(:categories)");
            params.put("categories", criteria.categoryIds().stream().sorted().toArray(UUID[]::new));
        }
        if (criteria.brand() != null && !criteria.brand().isBlank()) {
            where.add("lower(p.brand) = lower(:brand)");
            params.put("brand", criteria.brand().strip());
        }
        if (criteria.minPrice() != null) {
            where.add("p.price_amount >= :minPrice");
            params.put("minPrice", criteria.minPrice());
        }
        if (criteria.maxPrice() != null) {
            where.add("p.price_amount <= :maxPrice");
            params.put("maxPrice", criteria.maxPrice());
        }
        if (criteria.inStockOnly()) {
            where.add("p.stock > 0");
        }
        var condition = String.join(" AND ", where);
        var relevance = tsQuery.isPresent() && criteria.sort() == ProductSort.RELEVANCE;
        var order = switch (criteria.sort()) {
            case RELEVANCE -> relevance ? "rank DESC, id" : "created_at DESC, id";
            case PRICE_ASC -> "price_amount, id";
            case PRICE_DESC -> "price_amount DESC, id";
            case NEWEST -> "created_at DESC, id";
            case RATING -> "average_rating DESC, review_count DESC, id";
        };
        params.put("limit", criteria.size());
        params.put("offset", (long) criteria.page() * criteria.size());
        List<SearchResultView.ProductSummaryView> items;
        SearchCountCache.Counts result;
        if (tsQuery.isPresent()) {
            var page = new ArrayList<SearchResultView.ProductSummaryView>();
            result = textSearch(condition, order, relevance, params, page);
            items = page;
        } else {
            items = browsePage(condition, order, params);
            result = counts.get(
                    new SearchCountCache.Key(condition, comparable(params)), key -> count(condition, params));
        }
        return new Result(items, result.total(), result.categories(), result.brands());
    }

    /** The rows of a {@code GROUPING SETS ((), (category_id), (brand))} count, collected. */
    private static final class CountRows {
        private final Map<UUID, Long> categories = new HashMap<>();
        private final List<SearchResultView.BrandCount> brands = new ArrayList<>();
        private long total;

        void add(ResultSet rs) throws SQLException {
            var count = rs.getLong("n");
            if (rs.getInt("gc") == 0) {
                var category = rs.getObject("category_id", UUID.class);
                categories.put(category, count);
            } else if (rs.getInt("gb") == 0) {
                var brand = rs.getString("brand");
                if (brand != null) {
                    brands.add(new SearchResultView.BrandCount(brand, count));
                }
            } else {
                total = count;
            }
        }

        SearchCountCache.Counts counts() {
            brands.sort(Comparator.comparingLong(SearchResultView.BrandCount::count)
                    .reversed()
                    .thenComparing(SearchResultView.BrandCount::brand));
            var top = brands.subList(0, Math.min(brands.size(), MAX_BRAND_FACETS));
            return new SearchCountCache.Counts(total, Map.copyOf(categories), List.copyOf(top));
        }
    }

    /** The page (into {@code page}), the total and the facets of a text search, from one pass over the matches. */
    private SearchCountCache.Counts textSearch(
            String condition,
            String order,
            boolean relevance,
            Map<String, Object> params,
            List<SearchResultView.ProductSummaryView> page) {
        var rank = relevance ? "ts_rank_cd(p.search_vector, (SELECT to_tsquery('english', :q)))" : "0::real";
        var items = new ArrayList<Map.Entry<Long, SearchResultView.ProductSummaryView>>();
        var counts = new CountRows();
        jdbc.sql("""
                        WITH matched AS MATERIALIZED (
                            SELECT p.id, p.category_id, p.brand, p.price_amount, p.created_at, p.average_rating,
                                   p.review_count, %s AS rank
                            FROM products p WHERE %s),
                        page AS (
                            SELECT pg.id, pg.ord FROM unnest(ARRAY(
                                SELECT id FROM matched ORDER BY %s LIMIT :limit OFFSET :offset))
                                WITH ORDINALITY AS pg (id, ord))
                        SELECT 'i' AS kind, pg.ord, %s, NULL::int AS gc, NULL::int AS gb, 0::bigint AS n
                        FROM page pg JOIN products p ON p.id = pg.id
                        UNION ALL
                        SELECT 'f', NULL, NULL, NULL, NULL, m.brand, m.category_id, NULL, NULL, NULL, NULL, NULL, NULL,
                               grouping(m.category_id), grouping(m.brand), count(*)
                        FROM matched m GROUP BY GROUPING SETS ((), (m.category_id), (m.brand))""".formatted(rank, condition, order, ITEM_COLUMNS))
                .params(params)
                .query(rs -> {
                    if (rs.getString("kind").equals("i")) {
                        items.add(Map.entry(rs.getLong("ord"), item(rs)));
                    } else {
                        counts.add(rs);
                    }
                });
        items.sort(Map.Entry.comparingByKey());
        items.forEach(entry -> page.add(entry.getValue()));
        return counts.counts();
    }

    private List<SearchResultView.ProductSummaryView> browsePage(
            String condition, String order, Map<String, Object> params) {
        return jdbc.sql("SELECT %s FROM products p WHERE %s ORDER BY %s LIMIT :limit OFFSET :offset"
                        .formatted(ITEM_COLUMNS, condition, prefixed(order)))
                .params(params)
                .query((rs, n) -> item(rs))
                .list();
    }

    private SearchCountCache.Counts count(String condition, Map<String, Object> params) {
        var counts = new CountRows();
        jdbc.sql("""
                        SELECT p.category_id, p.brand, grouping(p.category_id) AS gc, grouping(p.brand) AS gb,
                               count(*) AS n
                        FROM products p WHERE %s
                        GROUP BY GROUPING SETS ((), (p.category_id), (p.brand))""".formatted(condition)).params(params).query(rs -> {
            counts.add(rs);
        });
        return counts.counts();
    }

    private SearchResultView.ProductSummaryView item(ResultSet rs) throws SQLException {
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
    }

    /** {@code created_at DESC, id} → {@code p.created_at DESC, p.id}. */
    private static String prefixed(String order) {
        return Arrays.stream(order.split(", "))
                .map(term -> "p." + term)
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
    }

    /** The filter values as a cache key: arrays become lists (arrays compare by identity). */
    private static Map<String, Object> comparable(Map<String, Object> params) {
        var key = new HashMap<String, Object>();
        params.forEach((name, value) -> {
            if (!name.equals("limit") && !name.equals("offset")) {
                key.put(name, value instanceof Object[] array ? List.of(array) : value);
            }
        });
        return key;
    }
}
