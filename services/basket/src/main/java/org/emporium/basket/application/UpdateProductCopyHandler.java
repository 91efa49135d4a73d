package org.emporium.basket.application;

import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class UpdateProductCopyHandler implements Handler<UpdateProductCopy, Boolean> {
    private final ProductCopies products;

    UpdateProductCopyHandler(ProductCopies products) {
        this.products = products;
    }

    @Override
    public Boolean handle(UpdateProductCopy command) {
        products.save(command.product());
        return true;
    }
}
