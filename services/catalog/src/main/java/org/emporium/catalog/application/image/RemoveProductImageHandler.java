package org.emporium.catalog.application.image;

import java.util.List;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.image.ProductImages;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/** Removes the picture from the gallery (the rest close the gap); its bytes go once the removal has committed. */
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
        var gallery = images.byProduct(command.productId()).orElseThrow(CatalogErrors::imageNotFound);
        var image = gallery.remove(command.imageId());
        images.save(gallery);
        removal.afterCommit(List.of(image));
        return image.id();
    }
}
