package org.emporium.catalog.application.category;

import java.util.List;
import java.util.UUID;

/**
 * A category with its sub-categories, ordered by position then name.
 *
 * @param productCount live products directly in this category (not counting sub-categories)
 */
public record CategoryNodeView(
        UUID id, String slug, String name, int position, long productCount, List<CategoryNodeView> children) {}
