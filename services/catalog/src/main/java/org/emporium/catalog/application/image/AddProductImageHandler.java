package org.emporium.catalog.application.image;

import java.time.Clock;
import java.util.EnumMap;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.image.ImageSize;
import org.emporium.catalog.domain.image.ProductImages;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/**
 * Adds the picture to the product's gallery (which refuses it when the product is full), writes every size, then
 * saves the gallery. If the transaction rolls back after the bytes were written, they are deleted again.
 */
@Component
class AddProductImageHandler implements Handler<AddProductImage, ImageId> {
    private final ProductImages images;
    private final ImageStorage storage;
    private final ImageRemoval removal;
    private final Clock clock;

    AddProductImageHandler(ProductImages images, ImageStorage storage, ImageRemoval removal, Clock clock) {
        this.images = images;
        this.storage = storage;
        this.removal = removal;
        this.clock = clock;
    }

    @Override
    public ImageId handle(AddProductImage command) {
        var gallery = images.byProduct(command.productId())
                .orElseThrow(() -> CatalogErrors.productNotFound(command.productId()));
        var processed = command.image();
        var contentTypes = new EnumMap<ImageSize, String>(ImageSize.class);
        processed.renditions().forEach((size, rendition) -> contentTypes.put(size, rendition.contentType()));
        var image = gallery.add(
                ImageId.newId(),
                processed.format(),
                processed.width(),
                processed.height(),
                contentTypes,
                clock.instant());
        removal.onRollback(image);
        processed
                .renditions()
                .forEach((size, rendition) ->
                        storage.put(image.storageKey(size), rendition.content(), rendition.contentType()));
        images.save(gallery);
        return image.id();
    }
}
