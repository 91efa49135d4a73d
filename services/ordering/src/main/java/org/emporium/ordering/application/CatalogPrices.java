package org.emporium.ordering.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.ordering.domain.CheckoutPricing.CatalogPrice;

/** Catalog's current prices and status; a product catalog does not know is absent. */
public interface CatalogPrices {
    Map<UUID, CatalogPrice> lookup(List<UUID> productIds);
}
