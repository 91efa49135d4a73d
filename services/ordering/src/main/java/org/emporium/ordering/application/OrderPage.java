package org.emporium.ordering.application;

import java.util.List;

/** A page of a listing: {@code {content, page: {number, size, totalElements, totalPages}}}. */
public record OrderPage<T>(List<T> content, PageInfo page) {
    public record PageInfo(int number, int size, long totalElements, int totalPages) {}

    public static <T> OrderPage<T> of(List<T> content, int number, int size, long total) {
        return new OrderPage<>(content, new PageInfo(number, size, total, (int) ((total + size - 1) / size)));
    }
}
