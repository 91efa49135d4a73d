package org.emporium.catalog.domain.product;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.Slug;
import org.emporium.catalog.domain.category.CategoryId;

/**
 * What describes a product to a shopper. Limits keep rows and search documents bounded.
 *
 * @param attributes free key/value facts such as {@code colour: black}, in the order given
 */
public record ProductDetails(
        String name,
        Slug slug,
        String description,
        CategoryId categoryId,
        String brand,
        Map<String, String> attributes) {
    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_BRAND = 100;
    public static final int MAX_ATTRIBUTES = 30;
    public static final int MAX_ATTRIBUTE_KEY = 50;
    public static final int MAX_ATTRIBUTE_VALUE = 200;

    public ProductDetails {
        name = required(name, "name", MAX_NAME);
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(categoryId, "categoryId");
        description = description == null ? "" : description.strip();
        check(
                description.length() <= MAX_DESCRIPTION,
                "The description has at most " + MAX_DESCRIPTION + " characters.");
        brand = brand == null || brand.isBlank() ? null : brand.strip();
        check(brand == null || brand.length() <= MAX_BRAND, "The brand has at most " + MAX_BRAND + " characters.");
        var copy = new LinkedHashMap<String, String>();
        if (attributes != null) {
            check(attributes.size() <= MAX_ATTRIBUTES, "A product has at most " + MAX_ATTRIBUTES + " attributes.");
            attributes.forEach((key, value) -> copy.put(
                    required(key, "attribute name", MAX_ATTRIBUTE_KEY),
                    required(value, "attribute value", MAX_ATTRIBUTE_VALUE)));
        }
        attributes = Collections.unmodifiableMap(copy);
    }

    private static String required(String value, String what, int max) {
        check(value != null && !value.isBlank(), "The " + what + " is required.");
        var stripped = value.strip();
        check(stripped.length() <= max, "The " + what + " has at most " + max + " characters.");
        return stripped;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw CatalogErrors.invalidProduct(message);
        }
    }
}
