package org.emporium.catalog.application.category;

import jakarta.validation.constraints.NotNull;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.platform.mediator.Command;

/**
 * Deletes an empty category (no sub-categories, no products of any status), if the caller saw the current version.
 */
public record DeleteCategory(@NotNull CategoryId categoryId, long expectedVersion) implements Command<CategoryId> {}
