package org.emporium.catalog.api;

import java.time.Duration;
import java.util.UUID;
import org.emporium.catalog.application.image.GetImage;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.image.ImageSize;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.CurrentUser;
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
 * Serves image bytes. An image id never changes its bytes, so images of live products are cacheable by anyone for a
 * year ({@code immutable}) and revalidation with {@code If-None-Match} answers 304. Images of drafts and archived
 * products are 404 to everyone but admins, and what admins get is never stored by a cache.
 */
@RestController
class ImageController {
    private static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl ADMIN_ONLY = CacheControl.noStore().cachePrivate();
    private final Mediator mediator;
    private final CurrentUser currentUser;

    ImageController(Mediator mediator, CurrentUser currentUser) {
        this.mediator = mediator;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/catalog/images/{imageId}/{size}")
    ResponseEntity<byte[]> image(
            @PathVariable UUID imageId,
            @PathVariable String size,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        var imageSize = ImageSize.fromUrlName(size).orElseThrow(CatalogErrors::imageNotFound);
        // Visibility first: a shopper revalidating a picture of a product that went back to draft gets 404, not 304.
        var image = mediator.send(new GetImage(new ImageId(imageId), imageSize, currentUser.isAdmin()));
        var etag = "\"" + image.etag() + "\"";
        var caching = image.publiclyVisible() ? FOREVER : ADMIN_ONLY;
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(caching)
                    .build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(caching)
                .contentType(MediaType.parseMediaType(image.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(image.content());
    }
}
