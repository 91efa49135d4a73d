package org.emporium.comment.application;

import java.util.UUID;
import org.emporium.comment.domain.KnownProduct;
import org.emporium.comment.domain.KnownProducts;
import org.emporium.comment.domain.ProductId;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class RecordProductHandler implements Handler<RecordProduct, UUID> {
    private final KnownProducts products;

    RecordProductHandler(KnownProducts products) {
        this.products = products;
    }

    @Override
    public UUID handle(RecordProduct command) {
        var id = new ProductId(command.productId());
        if (command.deleted()) {
            products.markDeleted(id);
        } else {
            products.record(
                    new KnownProduct(id, command.slug(), command.name(), command.status(), false), command.version());
        }
        return command.productId();
    }
}
