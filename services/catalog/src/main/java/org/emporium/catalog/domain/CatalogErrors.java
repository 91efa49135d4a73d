package org.emporium.catalog.domain;

import java.util.Map;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/** The catalog's stable problem codes (documented in docs/catalog.md); clients key on these, never on messages. */
public final class CatalogErrors {
    public static final String PRODUCT_NOT_FOUND = "CATALOG.PRODUCT_NOT_FOUND";
    public static final String CATEGORY_NOT_FOUND = "CATALOG.CATEGORY_NOT_FOUND";
    public static final String IMAGE_NOT_FOUND = "CATALOG.IMAGE_NOT_FOUND";
    public static final String SLUG_TAKEN = "CATALOG.SLUG_TAKEN";
    public static final String INVALID_SLUG = "CATALOG.INVALID_SLUG";
    public static final String INVALID_PRODUCT = "CATALOG.INVALID_PRODUCT";
    public static final String INVALID_CATEGORY = "CATALOG.INVALID_CATEGORY";
    public static final String CATEGORY_NOT_EMPTY = "CATALOG.CATEGORY_NOT_EMPTY";
    public static final String CATEGORY_CYCLE = "CATALOG.CATEGORY_CYCLE";
    public static final String ILLEGAL_STATUS_CHANGE = "CATALOG.ILLEGAL_STATUS_CHANGE";
    public static final String INSUFFICIENT_STOCK = "CATALOG.INSUFFICIENT_STOCK";
    public static final String STALE_VERSION = "CATALOG.STALE_VERSION";
    public static final String UNSUPPORTED_IMAGE = "CATALOG.UNSUPPORTED_IMAGE";
    public static final String IMAGE_TOO_LARGE = "CATALOG.IMAGE_TOO_LARGE";
    public static final String IMAGE_DIMENSIONS = "CATALOG.IMAGE_DIMENSIONS";
    public static final String TOO_MANY_IMAGES = "CATALOG.TOO_MANY_IMAGES";
    public static final String INVALID_IMAGE_ORDER = "CATALOG.INVALID_IMAGE_ORDER";
    public static final String IMAGE_TOO_MANY_PIXELS = "CATALOG.IMAGE_TOO_MANY_PIXELS";
    public static final String IMAGE_PROCESSING_BUSY = "CATALOG.IMAGE_PROCESSING_BUSY";

    private CatalogErrors() {}

    // Images: one refusal, one wording per condition.

    public static DomainException productNotFound(ProductId id) {
        return DomainException.notFound(PRODUCT_NOT_FOUND, "No product " + id + ".");
    }

    /** Also for an image of a product the caller may not see (a draft's, to a shopper): existence is not revealed. */
    public static DomainException imageNotFound() {
        return DomainException.notFound(IMAGE_NOT_FOUND, "No such image.");
    }

    public static DomainException tooManyImages(int max) {
        return DomainException.ruleViolated(TOO_MANY_IMAGES, "A product has at most " + max + " images.");
    }

    public static DomainException invalidImageOrder(int count) {
        return new DomainException(
                INVALID_IMAGE_ORDER,
                ErrorKind.INVALID,
                "The order must list each of the product's " + count + " images exactly once.");
    }

    public static DomainException unsupportedImage() {
        return new DomainException(UNSUPPORTED_IMAGE, ErrorKind.INVALID, "Upload a JPEG, PNG or WebP image.");
    }

    public static DomainException imageTooLarge(long maxMegabytes) {
        return new DomainException(IMAGE_TOO_LARGE, ErrorKind.INVALID, "An image has at most " + maxMegabytes + " MB.");
    }

    public static DomainException imageDimensions(int minEdge, int maxEdge, int width, int height) {
        return new DomainException(
                IMAGE_DIMENSIONS,
                ErrorKind.INVALID,
                "Images are " + minEdge + " to " + maxEdge + " pixels wide and high; this one is " + width + "×"
                        + height + ".");
    }

    /** {@code format} is named because WebP, decoded at full size, has a lower limit than JPEG and PNG. */
    public static DomainException imageTooManyPixels(String format, long maxPixels, int width, int height) {
        return new DomainException(
                IMAGE_TOO_MANY_PIXELS,
                ErrorKind.INVALID,
                "A " + format + " image has at most " + maxPixels + " pixels (width × height); this one is " + width
                        + "×" + height + ".",
                Map.of("maxPixels", maxPixels));
    }

    /** Answered 429 with {@code Retry-After}: every image-processing slot is taken, nothing was stored. */
    public static DomainException imageProcessingBusy(long retryAfterSeconds) {
        return new DomainException(
                IMAGE_PROCESSING_BUSY,
                ErrorKind.TOO_MANY_REQUESTS,
                "Too many images are being processed right now; retry shortly.",
                Map.of("retryAfterSeconds", retryAfterSeconds));
    }
}
