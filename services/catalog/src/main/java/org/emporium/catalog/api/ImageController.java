package org.emporium.catalog.api;

import java.time.Duration;
import java.util.UUID;
import org.emporium.catalog.application.image.GetImage;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.image.ImageSize;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.mediator.Mediator;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves image bytes. An image id never changes its bytes, so responses are cacheable for a year ({@code immutable})
 * and revalidation with {@code If-None-Match} answers 304 without reading storage.
 */
@RestController
class ImageController {
    private static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private final Mediator mediator;

    ImageController(Mediator mediator) {
        this.mediator = mediator;
    }

    @GetMapping("/api/catalog/images/{imageId}/{size}")
    ResponseEntity<byte[]> image(
            @PathVariable UUID imageId,
            @PathVariable String size,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        var imageSize = ImageSize.fromUrlName(size)
                .orElseThrow(() -> DomainException.notFound(CatalogErrors.IMAGE_NOT_FOUND, "No such image size."));
        var etag = "\"" + imageId + "-" + imageSize.urlName() + "\"";
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(FOREVER)
                    .build();
        }
        var image = mediator.send(new GetImage(new ImageId(imageId), imageSize));
        return ResponseEntity.ok()
                .eTag("\"" + image.etag() + "\"")
                .cacheControl(FOREVER)
                .contentType(MediaType.parseMediaType(image.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(image.content());
    }
}
