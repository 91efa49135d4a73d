package org.emporium.catalog.application.product;

import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetProductHandler implements Handler<GetProduct, ProductView> {
    private final ProductViews views;

    GetProductHandler(ProductViews views) {
        this.views = views;
    }

    @Override
    public ProductView handle(GetProduct query) {
        var all = query.includeUnpublished();
        return ProductId.parse(query.idOrSlug())
                .map(id -> views.byId(id, all))
                .orElseGet(() -> views.bySlug(query.idOrSlug(), all))
                .orElseThrow(() -> CatalogErrors.productNotFound(query.idOrSlug()));
    }
}
