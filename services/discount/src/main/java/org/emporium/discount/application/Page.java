package org.emporium.discount.application;

import java.util.List;

/** One page of a listing, with the total count. */
public record Page<T>(List<T> items, int page, int size, long total) {}
