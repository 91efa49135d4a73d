package org.emporium.catalog.application.image;

import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.image.ProductImages;
import org.emporium.catalog.domain.product.ProductStatus;
import org.emporium.catalog.domain.product.Products;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/** Serves an image if the caller may see its product: live products to anyone, drafts and archived ones to admins. */
@Component
class GetImageHandler implements Handler<GetImage, ImageContentView> {
    private final ProductImages images;
    private final Products products;
    private final ImageStorage storage;

    GetImageHandler(ProductImages images, Products products, ImageStorage storage) {
        this.images = images;
        this.products = products;
        this.storage = storage;
    }

    @Override
    public ImageContentView handle(GetImage query) {
        var image = images.byId(query.imageId()).orElseThrow(CatalogErrors::imageNotFound);
        var live = products.byId(image.productId())
                .map(product -> product.status() == ProductStatus.ACTIVE)
                .orElse(false);
        if (!live && !query.admin()) {
            throw CatalogErrors.imageNotFound();
        }
        var contentType = image.renditions().get(query.size());
        var content = contentType == null
                ? null
                : storage.get(image.storageKey(query.size())).orElse(null);
        if (content == null) {
            throw CatalogErrors.imageNotFound();
        }
        return new ImageContentView(
                content, contentType, image.id() + "-" + query.size().urlName(), live);
    }
}
