package org.emporium.catalog.application.product;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.emporium.catalog.domain.Slug;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.catalog.domain.product.Product;
import org.emporium.catalog.domain.product.ProductDetails;
import org.emporium.catalog.domain.product.ProductRevision;
import org.emporium.catalog.domain.product.ProductStatus;
import org.emporium.platform.core.Money;

/**
 * Everything an admin sets on a product, the part of {@link CreateProduct} and {@link UpdateProduct} the API's
 * request body maps to. The shape is validated here (again: commands also come from other places than HTTP); the
 * business rules (non-negative price, status changes, unique slug, existing category) in the domain.
 *
 * @param slug optional: derived from the name when absent
 * @param status optional on create (draft by default)
 */
public record ProductInput(
        @NotBlank @Size(max = ProductDetails.MAX_NAME) String name,

        @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = "^[a-z0-9]+(?:-[a-z0-9]+)*$")
        String slug,

        @Size(max = ProductDetails.MAX_DESCRIPTION) String description,
        @NotNull UUID categoryId,
        @Size(max = ProductDetails.MAX_BRAND) String brand,

        @Size(max = ProductDetails.MAX_ATTRIBUTES)
        Map<
                        @NotBlank @Size(max = ProductDetails.MAX_ATTRIBUTE_KEY) String,
                        @NotBlank @Size(max = ProductDetails.MAX_ATTRIBUTE_VALUE) String>
                attributes,

        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 4)
        BigDecimal price,

        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotNull @Min(0) @Max(Product.MAX_STOCK) Integer stock,
        ProductStatus status) {

    ProductDetails details() {
        var theSlug = slug == null || slug.isBlank() ? Slug.from(name) : new Slug(slug);
        return new ProductDetails(
                name,
                theSlug,
                description,
                new CategoryId(categoryId),
                brand,
                attributes == null ? Map.of() : attributes);
    }

    Money money() {
        return Money.of(price, currency);
    }

    ProductRevision revision() {
        return new ProductRevision(details(), money(), stock, status);
    }
}
