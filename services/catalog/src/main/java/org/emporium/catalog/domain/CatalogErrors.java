package org.emporium.catalog.domain;

import java.util.Map;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/**
 * Every refusal of the catalog, named once: one method per condition, each with one code, one status (through its
 * {@link ErrorKind}) and one wording. Codes are stable (documented in docs/catalog.md); clients key on them, never on
 * messages. A stale version is not here: it is the platform's 412 {@code REQUEST.STALE_VERSION}.
 */
public final class CatalogErrors {
    public static final String PRODUCT_NOT_FOUND = "CATALOG.PRODUCT_NOT_FOUND";
    public static final String CATEGORY_NOT_FOUND = "CATALOG.CATEGORY_NOT_FOUND";
    public static final String IMAGE_NOT_FOUND = "CATALOG.IMAGE_NOT_FOUND";
    public static final String SLUG_TAKEN = "CATALOG.SLUG_TAKEN";
    public static final String INVALID_SLUG = "CATALOG.INVALID_SLUG";
    public static final String INVALID_PRODUCT = "CATALOG.INVALID_PRODUCT";
    public static final String INVALID_CATEGORY = "CATALOG.INVALID_CATEGORY";
    public static final String INVALID_SORT = "CATALOG.INVALID_SORT";
    public static final String INVALID_STATUS = "CATALOG.INVALID_STATUS";
    public static final String STATUS_FOR_ADMINS = "CATALOG.STATUS_FOR_ADMINS";
    public static final String CATEGORY_NOT_EMPTY = "CATALOG.CATEGORY_NOT_EMPTY";
    public static final String CATEGORY_CYCLE = "CATALOG.CATEGORY_CYCLE";
    public static final String ILLEGAL_STATUS_CHANGE = "CATALOG.ILLEGAL_STATUS_CHANGE";
    public static final String INSUFFICIENT_STOCK = "CATALOG.INSUFFICIENT_STOCK";
    public static final String UNSUPPORTED_IMAGE = "CATALOG.UNSUPPORTED_IMAGE";
    public static final String IMAGE_TOO_LARGE = "CATALOG.IMAGE_TOO_LARGE";
    public static final String IMAGE_DIMENSIONS = "CATALOG.IMAGE_DIMENSIONS";
    public static final String TOO_MANY_IMAGES = "CATALOG.TOO_MANY_IMAGES";
    public static final String INVALID_IMAGE_ORDER = "CATALOG.INVALID_IMAGE_ORDER";
    public static final String IMAGE_TOO_MANY_PIXELS = "CATALOG.IMAGE_TOO_MANY_PIXELS";
    public static final String IMAGE_PROCESSING_BUSY = "CATALOG.IMAGE_PROCESSING_BUSY";

    private CatalogErrors() {}

    /** 404: the product addressed (by id or slug) does not exist, or the caller may not see it (a draft). */
    public static DomainException productNotFound(Object idOrSlug) {
        return DomainException.notFound(PRODUCT_NOT_FOUND, "Product " + idOrSlug + " does not exist.");
    }

    /** 404: the category addressed (by id or slug) does not exist. */
    public static DomainException categoryNotFound(Object idOrSlug) {
        return DomainException.notFound(CATEGORY_NOT_FOUND, "Category " + idOrSlug + " does not exist.");
    }

    /**
     * 422: the request names a category that does not exist to put something in (a product's category, a category's
     * parent). Same code as {@link #categoryNotFound}, but the addressed resource exists: the body is wrong.
     */
    public static DomainException unknownCategory(Object id) {
        return DomainException.ruleViolated(
                CATEGORY_NOT_FOUND, "Category " + id + " does not exist; choose an existing category.");
    }

    /** 409: another product already has this slug. */
    public static DomainException productSlugTaken(Slug slug) {
        return DomainException.conflict(SLUG_TAKEN, "Another product has the slug " + slug + ".");
    }

    /** 409: another category already has this slug. */
    public static DomainException categorySlugTaken(Slug slug) {
        return DomainException.conflict(SLUG_TAKEN, "Another category has the slug " + slug + ".");
    }

    /** 422: not a slug. */
    public static DomainException invalidSlug() {
        return new DomainException(
                INVALID_SLUG,
                ErrorKind.INVALID,
                "A slug is lower-case letters and digits joined by single hyphens, at most " + Slug.MAX_LENGTH
                        + " characters.");
    }

    /** 422: a product field breaks its limits; {@code why} says which and how. */
    public static DomainException invalidProduct(String why) {
        return new DomainException(INVALID_PRODUCT, ErrorKind.INVALID, why);
    }

    /** 422: a category field breaks its limits; {@code why} says which and how. */
    public static DomainException invalidCategory(String why) {
        return new DomainException(INVALID_CATEGORY, ErrorKind.INVALID, why);
    }

    /** 422: the search {@code sort} parameter names no order. */
    public static DomainException invalidSort() {
        return new DomainException(
                INVALID_SORT, ErrorKind.INVALID, "sort is one of relevance, price, -price, newest, rating.");
    }

    /** 422: the search's {@code status} is not one of the product statuses. */
    public static DomainException invalidStatus() {
        return new DomainException(INVALID_STATUS, ErrorKind.INVALID, "status is one of ACTIVE, DRAFT, ARCHIVED.");
    }

    /** 403: only admins may search drafts and archived products; everyone else sees live ones only. */
    public static DomainException statusForAdmins() {
        return new DomainException(
                STATUS_FOR_ADMINS, ErrorKind.FORBIDDEN, "Only admins may list draft and archived products.");
    }

    /** 409: a category to delete still has sub-categories or products (of any status), counted. */
    public static DomainException categoryNotEmpty(Object id, long subCategories, long products) {
        return new DomainException(
                CATEGORY_NOT_EMPTY,
                ErrorKind.CONFLICT,
                notEmpty(id),
                Map.of("subCategories", subCategories, "products", products));
    }

    /** 409: a category to delete got a product while it was being deleted (counts unknown: the delete failed). */
    public static DomainException categoryNotEmpty(Object id) {
        return DomainException.conflict(CATEGORY_NOT_EMPTY, notEmpty(id));
    }

    private static String notEmpty(Object id) {
        return "Category " + id + " still has sub-categories or products; move or delete them first.";
    }

    /** 409: a category would end up below itself. */
    public static DomainException categoryCycle() {
        return DomainException.conflict(
                CATEGORY_CYCLE, "A category cannot be moved below itself or one of its sub-categories.");
    }

    /** 409: the product's lifecycle does not allow this status ({@code from} is null for a new product). */
    public static DomainException illegalStatusChange(Enum<?> from, Enum<?> to) {
        var current = from == null ? "A new" : "A " + name(from);
        return DomainException.conflict(ILLEGAL_STATUS_CHANGE, current + " product cannot become " + name(to) + ".");
    }

    private static String name(Enum<?> status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** 409: fewer on hand than an order wants. */
    public static DomainException insufficientStock(Object productId, int available) {
        return DomainException.conflict(
                INSUFFICIENT_STOCK, "Only " + available + " of product " + productId + " can be reserved.");
    }

    // Images

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
