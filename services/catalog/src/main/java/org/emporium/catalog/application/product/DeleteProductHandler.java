package org.emporium.catalog.application.product;

import java.time.Clock;
import org.emporium.catalog.application.image.ImageRemoval;
import org.emporium.catalog.domain.image.ProductImages;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.Products;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class DeleteProductHandler implements Handler<DeleteProduct, ProductId> {
    private final Products products;
    private final ProductImages images;
    private final ImageRemoval imageRemoval;
    private final ProductEventPublisher events;
    private final Clock clock;

    DeleteProductHandler(
            Products products,
            ProductImages images,
            ImageRemoval imageRemoval,
            ProductEventPublisher events,
            Clock clock) {
        this.products = products;
        this.images = images;
        this.imageRemoval = imageRemoval;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public ProductId handle(DeleteProduct command) {
        var product = ProductLoading.load(products, command.productId(), command.expectedVersion());
        var pictures = images.ofProduct(product.id());
        product.delete(clock.instant());
        products.remove(product.id());
        imageRemoval.afterCommit(pictures);
        events.publish(product.pullEvents());
        return product.id();
    }
}
