package org.emporium.catalog.application.image;

import java.time.Clock;
import java.util.EnumMap;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.image.ImageSize;
import org.emporium.catalog.domain.image.ProductImage;
import org.emporium.catalog.domain.image.ProductImages;
import org.emporium.catalog.domain.product.Products;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/**
 * Checks and renders the upload before touching storage, writes every size, then records the image. If the
 * transaction fails after the bytes were written, they are deleted again.
 */
@Component
class UploadProductImageHandler implements Handler<UploadProductImage, ImageId> {
    private final Products products;
    private final ProductImages images;
    private final ImageProcessor processor;
    private final ImageStorage storage;
    private final ImageRemoval removal;
    private final Clock clock;

    UploadProductImageHandler(
            Products products,
            ProductImages images,
            ImageProcessor processor,
            ImageStorage storage,
            ImageRemoval removal,
            Clock clock) {
        this.removal = removal;
        this.products = products;
        this.images = images;
        this.processor = processor;
        this.storage = storage;
        this.clock = clock;
    }

    @Override
    public ImageId handle(UploadProductImage command) {
        var product = products.byId(command.productId())
                .orElseThrow(() -> DomainException.notFound(
                        CatalogErrors.PRODUCT_NOT_FOUND, "Product " + command.productId() + " does not exist."));
        var existing = images.ofProduct(product.id());
        if (existing.size() >= ProductImage.MAX_PER_PRODUCT) {
            throw new DomainException(
                    CatalogErrors.TOO_MANY_IMAGES,
                    ErrorKind.RULE_VIOLATED,
                    "A product has at most " + ProductImage.MAX_PER_PRODUCT + " images.");
        }
        var processed = processor.process(command.content());
        var id = ImageId.newId();
        var contentTypes = new EnumMap<ImageSize, String>(ImageSize.class);
        processed.renditions().forEach((size, rendition) -> {
            storage.put(ProductImage.storageKey(product.id(), id, size), rendition.content(), rendition.contentType());
            contentTypes.put(size, rendition.contentType());
        });
        var position = existing.stream().mapToInt(ProductImage::position).max().orElse(-1) + 1;
        var image = new ProductImage(
                id,
                product.id(),
                position,
                processed.format(),
                processed.width(),
                processed.height(),
                contentTypes,
                clock.instant());
        removal.onRollback(image);
        images.add(image);
        return id;
    }
}
