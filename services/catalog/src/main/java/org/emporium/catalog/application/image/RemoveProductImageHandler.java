package org.emporium.catalog.application.image;

import java.util.ArrayList;
import java.util.List;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.image.ProductImage;
import org.emporium.catalog.domain.image.ProductImages;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class RemoveProductImageHandler implements Handler<RemoveProductImage, ImageId> {
    private final ProductImages images;
    private final ImageRemoval removal;

    RemoveProductImageHandler(ProductImages images, ImageRemoval removal) {
        this.images = images;
        this.removal = removal;
    }

    @Override
    public ImageId handle(RemoveProductImage command) {
        var image = images.byId(command.imageId())
                .filter(i -> i.productId().equals(command.productId()))
                .orElseThrow(() -> DomainException.notFound(
                        CatalogErrors.IMAGE_NOT_FOUND, "Product " + command.productId() + " has no such image."));
        images.remove(image.id());
        var rest = new ArrayList<ProductImage>();
        var remaining = images.ofProduct(command.productId());
        for (int i = 0; i < remaining.size(); i++) {
            rest.add(remaining.get(i).at(i));
        }
        images.reorder(rest);
        removal.afterCommit(List.of(image));
        return image.id();
    }
}
