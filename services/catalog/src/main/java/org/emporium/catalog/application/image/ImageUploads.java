package org.emporium.catalog.application.image;

import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.platform.mediator.Mediator;
import org.springframework.stereotype.Component;

/**
 * Where an upload enters: the bytes are checked and rendered first, outside any transaction (decoding is the slow,
 * memory-hungry part and must not hold a database connection or the product's lock), then {@link AddProductImage}
 * records the finished renditions in one short transaction.
 */
@Component
public class ImageUploads {
    private final ImageProcessor processor;
    private final Mediator mediator;

    ImageUploads(ImageProcessor processor, Mediator mediator) {
        this.processor = processor;
        this.mediator = mediator;
    }

    /** Adds the picture last in the product's order and returns its id. */
    public ImageId upload(ProductId productId, ImageProcessor.Upload upload) {
        var processed = processor.process(upload);
        return mediator.send(new AddProductImage(productId, processed));
    }
}
