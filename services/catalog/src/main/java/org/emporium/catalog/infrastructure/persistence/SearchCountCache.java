package org.emporium.catalog.infrastructure.persistence;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.emporium.catalog.application.search.SearchResultView;
import org.emporium.platform.mediator.ShortLivedCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Totals and facet counts of searches without text (browsing: everything, a category, a brand, a price range), for a
 * few seconds. They are the same for every shopper and, over a whole category, the most expensive part of a search
 * (every matching row is counted); the page itself comes from an index in well under a millisecond. Product changes
 * made by this instance ({@link JdbcProducts}) drop the cache (category changes need not: a move changes the categories a filter covers,
 * hence the key, and names are not cached here); other instances' show after at most the time to live
 * ({@code emporium.catalog.search.count-cache-ttl}, default 5 s; 0 turns it off).
 */
@Component
class SearchCountCache {
    private final ShortLivedCache<SearchCountCache.Key, Counts> cache;

    SearchCountCache(@Value("${emporium.catalog.search.count-cache-ttl:5s}") Duration ttl) {
        this.cache = new ShortLivedCache<>(ttl, 2_000);
    }

    /** The filters a count depends on (not the page or the order); values must compare by value (no arrays). */
    record Key(String condition, Map<String, Object> params) {}

    /**
     * Total, per-category and per-brand counts of one filter combination. Categories by id only: their names and
     * slugs are the category tree's, looked up when a search answers (a rename shows as soon as the tree does).
     *
     * @param brands the top brands, most products first
     */
    record Counts(long total, Map<UUID, Long> categories, List<SearchResultView.BrandCount> brands) {}

    Counts get(Key key, Function<Key, Counts> loader) {
        return cache.get(key, loader);
    }

    /** Products changed in the current transaction: forget every count (now and after the commit). */
    void productsChanged() {
        cache.invalidateAfterCommit();
    }
}
