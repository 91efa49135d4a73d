package org.emporium.catalog.application.product;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.emporium.catalog.domain.product.ProductId;

/** The read model of single products: views projected straight from storage, never through the aggregate. */
public interface ProductViews {

    /** The product with its category and images; drafts and archived ones only when {@code includeUnpublished}. */
    Optional<ProductView> byId(ProductId id, boolean includeUnpublished);

    /** Like {@link #byId}, by slug. */
    Optional<ProductView> bySlug(String slug, boolean includeUnpublished);

    /** Price, status and stock of those of {@code ids} that exist, of any status, in no particular order. */
    List<ProductAvailabilityView.Item> availabilityByIds(Collection<UUID> ids);
}
