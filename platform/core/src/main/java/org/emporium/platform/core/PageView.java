package org.emporium.platform.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a list, the one shape every list endpoint answers: {@code {items, page, size, total, totalPages}}.
 * Pages count from 0; {@code total} counts every match, not just this page; {@code totalPages} is 0 for no match.
 *
 * @param items this page's entries, in the endpoint's order
 * @param page the page number asked for, from 0
 * @param size the page size asked for (at least 1)
 * @param total how many entries match in all
 * @param totalPages how many pages of {@code size} hold {@code total}
 */
public record PageView<T>(List<T> items, int page, int size, long total, int totalPages) {

    public PageView {
        Objects.requireNonNull(items, "items");
        items = List.copyOf(items);
    }

    /** A page with {@code totalPages} computed from {@code total} and {@code size}. */
    public static <T> PageView<T> of(List<T> items, int page, int size, long total) {
        if (size < 1) {
            throw new IllegalArgumentException("size " + size);
        }
        return new PageView<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    /** The same page with every entry mapped (e.g. a row to its view). */
    public <R> PageView<R> map(Function<? super T, ? extends R> mapper) {
        return new PageView<>(items.stream().<R>map(mapper).toList(), page, size, total, totalPages);
    }
}
