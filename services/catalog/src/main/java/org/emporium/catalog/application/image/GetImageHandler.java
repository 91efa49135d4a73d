package org.emporium.catalog.application.image;

import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.image.ProductImages;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetImageHandler implements Handler<GetImage, ImageContentView> {
    private final ProductImages images;
    private final ImageStorage storage;

    GetImageHandler(ProductImages images, ImageStorage storage) {
        this.images = images;
        this.storage = storage;
    }

    @Override
    public ImageContentView handle(GetImage query) {
        var image = images.byId(query.imageId()).orElseThrow(GetImageHandler::notFound);
        var contentType = image.renditions().get(query.size());
        var content = contentType == null
                ? null
                : storage.get(image.storageKey(query.size())).orElse(null);
        if (content == null) {
            throw notFound();
        }
        return new ImageContentView(
                content, contentType, image.id() + "-" + query.size().urlName());
    }

    private static DomainException notFound() {
        return DomainException.notFound(CatalogErrors.IMAGE_NOT_FOUND, "No such image.");
    }
}
