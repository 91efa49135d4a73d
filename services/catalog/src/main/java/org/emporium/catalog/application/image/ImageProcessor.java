package org.emporium.catalog.application.image;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.emporium.catalog.domain.image.ImageFormat;
import org.emporium.catalog.domain.image.ImageSize;

/**
 * Checks an upload and prepares what is stored: the real type from the content (JPEG, PNG or WebP), the size, edges
 * and pixel count within limits, metadata (EXIF, XMP, comments) stripped, and a rendition for each
 * {@link ImageSize}. Memory is bounded per upload and the number of uploads processed at once is limited, so call
 * it outside any database transaction: it may wait for a processing slot.
 */
public interface ImageProcessor {

    /**
     * @throws org.emporium.platform.core.DomainException 422 {@code CATALOG.UNSUPPORTED_IMAGE} (not a readable JPEG,
     *     PNG or WebP), {@code CATALOG.IMAGE_TOO_LARGE}, {@code CATALOG.IMAGE_DIMENSIONS} or
     *     {@code CATALOG.IMAGE_TOO_MANY_PIXELS}; 429 {@code CATALOG.IMAGE_PROCESSING_BUSY} when every processing slot
     *     stayed taken
     */
    ProcessedImage process(Upload upload);

    /**
     * The uploaded bytes, not read yet: the processor checks the declared size first and reads the content only
     * once it has a processing slot, so uploads waiting for one hold no copy of their bytes on the heap.
     */
    interface Upload {
        /** The size the client declared, in bytes. */
        long size();

        InputStream open() throws IOException;

        static Upload of(byte[] content) {
            return new Upload() {
                @Override
                public long size() {
                    return content.length;
                }

                @Override
                public InputStream open() {
                    return new ByteArrayInputStream(content);
                }
            };
        }
    }

    /** The checked image: its format and dimensions, and the bytes of each size. */
    record ProcessedImage(ImageFormat format, int width, int height, Map<ImageSize, Rendition> renditions) {}

    /** One stored size of an image. */
    record Rendition(byte[] content, String contentType) {}
}
