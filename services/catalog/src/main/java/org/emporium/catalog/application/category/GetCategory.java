package org.emporium.catalog.application.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.emporium.platform.mediator.Query;

/** One category by id or slug. */
public record GetCategory(@NotBlank @Size(max = 120) String idOrSlug) implements Query<CategoryView> {}
