package org.emporium.catalog.domain.product;

import java.util.Objects;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.category.CategoryId;

/**
 * The rules of a product's place in the catalog that the product alone cannot check, the same for a new and a
 * revised product: its slug is unique among products, and its category exists and stays until the change commits
 * (a concurrent delete of the category waits, then finds the product and refuses).
 */
public final class ProductPlacement {
    private final Products products;
    private final Categories categories;

    public ProductPlacement(Products products, Categories categories) {
        this.products = Objects.requireNonNull(products, "products");
        this.categories = Objects.requireNonNull(categories, "categories");
    }

    /** Refuses a new product's details: an unknown category (422), a taken slug (409). */
    public void requireForNew(ProductId id, ProductDetails details) {
        requireCategory(details.categoryId());
        requireFreeSlug(id, details);
    }

    /**
     * Refuses the revised details of {@code product}: a category it is moved into that does not exist (422), a
     * slug another product has (409). Staying in its category needs no check: the product's row already holds it.
     */
    public void require(Product product, ProductDetails revised) {
        if (!revised.categoryId().equals(product.details().categoryId())) {
            requireCategory(revised.categoryId());
        }
        requireFreeSlug(product.id(), revised);
    }

    private void requireCategory(CategoryId id) {
        if (!categories.lockForReference(id)) {
            throw CatalogErrors.unknownCategory(id);
        }
    }

    private void requireFreeSlug(ProductId id, ProductDetails details) {
        if (products.slugTaken(details.slug(), id)) {
            throw CatalogErrors.productSlugTaken(details.slug());
        }
    }
}
