package org.emporium.catalog.domain;

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

    private CatalogErrors() {}
}
