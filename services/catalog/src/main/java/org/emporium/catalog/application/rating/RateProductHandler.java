package org.emporium.catalog.application.rating;

import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.Products;
import org.emporium.catalog.domain.product.Rating;
import org.emporium.platform.mediator.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
class RateProductHandler implements Handler<RateProduct, Boolean> {
    private static final Logger log = LoggerFactory.getLogger(RateProductHandler.class);
    private final Products products;

    RateProductHandler(Products products) {
        this.products = products;
    }

    @Override
    public Boolean handle(RateProduct command) {
        var changed = products.rate(
                new ProductId(command.productId()),
                new Rating(command.average(), command.count()),
                command.ratingVersion());
        if (!changed) {
            log.debug(
                    "Rating {} of product {} not applied (unknown product or not newer)",
                    command.ratingVersion(),
                    command.productId());
        }
        return changed;
    }
}
