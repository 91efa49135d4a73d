package org.emporium.catalog.application.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.emporium.catalog.domain.Slug;
import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.category.Category;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.catalog.domain.category.CategoryTree;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.mediator.ShortLivedCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Resolves the {@code category} filter against the category tree (a category with its descendants), asks the
 * {@link ProductSearch} read model for one page and the counts, and names the category facets from the same tree.
 */
@Component
class SearchProductsHandler implements Handler<SearchProducts, SearchResultView> {
    private final ProductSearch search;
    private final Categories categories;
    /** Category keys (slug or id) that a fresh read of the tree did not know. */
    private final ShortLivedCache<String, Boolean> unknownCategories;

    SearchProductsHandler(
            ProductSearch search,
            Categories categories,
            @Value("${emporium.catalog.category-tree-cache-ttl:10s}") Duration treeTtl) {
        this.search = search;
        this.categories = categories;
        this.unknownCategories = new ShortLivedCache<>(treeTtl, 1_000);
    }

    @Override
    public SearchResultView handle(SearchProducts query) {
        var tree = categories.recentTree();
        List<UUID> categoryIds = null;
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
            categoryIds = tree.withDescendants(category.id()).stream()
                    .map(CategoryId::value)
                    .toList();
        }
        var result = search.find(new ProductSearch.Criteria(
                query.text(),
                categoryIds,
                query.brand(),
                query.minPrice(),
                query.maxPrice(),
                query.inStockOnly(),
                query.status(),
                query.sort(),
                query.page(),
                query.size()));
        var pages = (result.total() + query.size() - 1) / query.size();
        return new SearchResultView(
                result.items(),
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
    private static List<SearchResultView.CategoryCount> categoryFacets(ProductSearch.Result result, CategoryTree tree) {
        var facets = new ArrayList<SearchResultView.CategoryCount>();
        result.categories()
                .forEach((id, count) -> tree.byId(new CategoryId(id))
                        .ifPresent(c -> facets.add(
                                new SearchResultView.CategoryCount(id, c.slug().value(), c.name(), count))));
        facets.sort(Comparator.comparingLong(SearchResultView.CategoryCount::count)
                .reversed()
                .thenComparing(SearchResultView.CategoryCount::slug));
        return facets;
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
