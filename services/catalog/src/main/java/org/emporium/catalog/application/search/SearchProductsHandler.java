package org.emporium.catalog.application.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.emporium.catalog.application.ShortLivedCache;
import org.emporium.catalog.application.image.ImageUrls;
import org.emporium.catalog.domain.Slug;
import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.category.Category;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.catalog.domain.category.CategoryTree;
import org.emporium.catalog.domain.image.ImageSize;
import org.emporium.platform.core.Money;
import org.emporium.platform.mediator.Handler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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
@Component
class SearchProductsHandler implements Handler<SearchProducts, SearchResultView> {
    private static final int MAX_BRAND_FACETS = 20;
    private static final String ITEM_COLUMNS = """
            p.id, p.slug, p.name, p.brand, p.category_id, p.price_amount, p.currency, p.stock, p.average_rating,
            p.review_count, (SELECT i.id FROM product_images i WHERE i.product_id = p.id
                             ORDER BY i.position LIMIT 1) AS image_id""";
    private final JdbcClient jdbc;
    private final Categories categories;
    private final ImageUrls imageUrls;
    private final SearchCountCache counts;
    /** Category keys (slug or id) that a fresh read of the tree did not know. */
    private final ShortLivedCache<String, Boolean> unknownCategories;

    SearchProductsHandler(
            JdbcClient jdbc,
            Categories categories,
            ImageUrls imageUrls,
            SearchCountCache counts,
            @Value("${emporium.catalog.category-tree-cache-ttl:10s}") Duration treeTtl) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.imageUrls = imageUrls;
        this.counts = counts;
        this.unknownCategories = new ShortLivedCache<>(treeTtl, 1_000);
    }

    @Override
    public SearchResultView handle(SearchProducts query) {
        var tree = categories.recentTree();
        var params = new HashMap<String, Object>();
        var where = new ArrayList<String>();
        where.add("p.status = 'ACTIVE'");
        var tsQuery = TextQuery.toTsQuery(query.text());
        tsQuery.ifPresent(q -> {
            // A scalar sub-select: evaluated once per statement. As a plain call in a server-prepared statement's
            // generic plan, to_tsquery (parsing, stemming) ran again for every matching row.
            where.add("p.search_vector @@ (SELECT to_tsquery('english', :q))");
            params.put("q", q);
        });
        if (query.category() != null && !query.category().isBlank()) {
            var key = query.category().strip();
            var category = findCategory(tree, key);
            if (category == null) {
                tree = freshTreeKnowing(key);
                if (tree == null) {
                    return empty(query);
                }
                category = findCategory(tree, key);
            }
            where.add("p.category_id = ANY(:categories)");
            params.put(
                    "categories",
                    tree.withDescendants(category.id()).stream()
                            .map(CategoryId::value)
                            .sorted()
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
        var relevance = tsQuery.isPresent() && query.sort() == ProductSort.RELEVANCE;
        var order = switch (query.sort()) {
            case RELEVANCE -> relevance ? "rank DESC, id" : "created_at DESC, id";
            case PRICE_ASC -> "price_amount, id";
            case PRICE_DESC -> "price_amount DESC, id";
            case NEWEST -> "created_at DESC, id";
            case RATING -> "average_rating DESC, review_count DESC, id";
        };
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
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
        var pages = (result.total() + query.size() - 1) / query.size();
        return new SearchResultView(
                items,
                query.page(),
                query.size(),
                result.total(),
                (int) Math.min(pages, SearchProducts.MAX_RESULT_WINDOW / query.size()),
                new SearchResultView.Facets(categoryFacets(result, tree), result.brands()));
    }

    /**
     * Names and slugs come from the tree of this request, not with the counts: cached counts outlive a rename, and a
     * count loaded while a rename committed would otherwise keep the old name for the cache's whole lifetime.
     */
    private static List<SearchResultView.CategoryCount> categoryFacets(
            SearchCountCache.Counts counts, CategoryTree tree) {
        var facets = new ArrayList<SearchResultView.CategoryCount>();
        counts.categories()
                .forEach((id, count) -> tree.byId(new CategoryId(id))
                        .ifPresent(c -> facets.add(
                                new SearchResultView.CategoryCount(id, c.slug().value(), c.name(), count))));
        facets.sort(Comparator.comparingLong(SearchResultView.CategoryCount::count)
                .reversed()
                .thenComparing(SearchResultView.CategoryCount::slug));
        return facets;
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

    /**
     * The category tree read now if it knows the category the recent tree does not (created a moment ago on another
     * instance?), else {@code null}. A key a fresh read did not know is remembered for the recent tree's lifetime,
     * so that searches for a made-up or deleted category do not read the whole tree on every request. Nothing is
     * remembered that this instance's own changes could make wrong: they drop the recent tree, which is asked first.
     */
    private CategoryTree freshTreeKnowing(String key) {
        var known = new AtomicReference<CategoryTree>();
        unknownCategories.get(key, k -> {
            var fresh = categories.tree();
            if (findCategory(fresh, k) == null) {
                return Boolean.TRUE;
            }
            known.set(fresh);
            return null; // not stored
        });
        return known.get();
    }

    private static Category findCategory(CategoryTree tree, String slugOrId) {
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
