package org.emporium.catalog.application.category;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.platform.mediator.Command;

/**
 * Replaces a category's name, slug, parent and position (rename, move, reorder), if the caller saw the current
 * version.
 *
 * @param expectedVersion the version the caller read (the ETag it sends as {@code If-Match})
 */
public record UpdateCategory(
        @NotNull CategoryId categoryId,
        long expectedVersion,
        @NotNull @Valid CategoryInput input) implements Command<CategoryId> {}
