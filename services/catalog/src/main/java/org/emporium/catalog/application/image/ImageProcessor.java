package org.emporium.catalog.application.image;

import java.util.Map;
import org.emporium.catalog.domain.image.ImageFormat;
import org.emporium.catalog.domain.image.ImageSize;

/**
 * Checks an upload and prepares what is stored: the real type from the content (JPEG, PNG or WebP), the size and
 * dimensions within limits, metadata (EXIF, XMP, comments) stripped, and a rendition for each {@link ImageSize}.
 */
public interface ImageProcessor {

    /**
     * @throws org.emporium.platform.core.DomainException {@code CATALOG.UNSUPPORTED_IMAGE} (not a readable JPEG, PNG
     *     or WebP), {@code CATALOG.IMAGE_TOO_LARGE} or {@code CATALOG.IMAGE_DIMENSIONS}, all 422
     */
    ProcessedImage process(byte[] upload);

    /** The checked image: its format and dimensions, and the bytes of each size. */
    record ProcessedImage(ImageFormat format, int width, int height, Map<ImageSize, Rendition> renditions) {}

    /** One stored size of an image. */
    record Rendition(byte[] content, String contentType) {}
}
