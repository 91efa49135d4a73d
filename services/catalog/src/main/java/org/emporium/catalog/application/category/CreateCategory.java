package org.emporium.catalog.application.category;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.platform.mediator.Command;

/** Adds a category under {@code input.parentId()} (a root when null). Returns its id. */
public record CreateCategory(@NotNull @Valid CategoryInput input) implements Command<CategoryId> {}
