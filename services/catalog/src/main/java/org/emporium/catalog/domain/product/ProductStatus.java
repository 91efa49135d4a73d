package org.emporium.catalog.domain.product;

/** Where a product is in its life: drafts and archived products are invisible to shoppers and cannot be ordered. */
public enum ProductStatus {
    DRAFT,
    ACTIVE,
    ARCHIVED;

    /** A draft may go live or be archived; a live product may be archived; an archived one may come back. */
    public boolean mayBecome(ProductStatus target) {
        return switch (this) {
            case DRAFT -> target == ACTIVE || target == ARCHIVED;
            case ACTIVE -> target == ARCHIVED;
            case ARCHIVED -> target == ACTIVE;
        };
    }
}
