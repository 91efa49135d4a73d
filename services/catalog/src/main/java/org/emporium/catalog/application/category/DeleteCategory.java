package org.emporium.catalog.application.category;

import an.awesome.pipelinr.Command;
import jakarta.validation.constraints.NotNull;
import org.emporium.catalog.domain.category.CategoryId;

/**
 * Deletes an empty category (no sub-categories, no products of any status), if the caller saw the current version.
 */
public record DeleteCategory(@NotNull CategoryId categoryId, long expectedVersion) implements Command<CategoryId> {}
