package org.emporium.comment.domain;

/**
 * The comment service's copy of a catalog product, kept from catalog's events. Only an active, not deleted product
 * takes reviews, and only its reviews are shown.
 */
public record KnownProduct(ProductId id, String slug, String name, String status, boolean deleted) {
    public boolean reviewable() {
        return !deleted && "ACTIVE".equals(status);
    }
}
