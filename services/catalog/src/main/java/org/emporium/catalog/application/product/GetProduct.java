package org.emporium.catalog.application.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.emporium.platform.mediator.Query;

/**
 * One product by id or slug. Drafts and archived products are found only when {@code includeUnpublished} (admins);
 * for everyone else they do not exist.
 */
public record GetProduct(@NotBlank @Size(max = 120) String idOrSlug, boolean includeUnpublished)
        implements Query<ProductView> {}
