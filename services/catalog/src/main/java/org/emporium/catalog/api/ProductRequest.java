package org.emporium.catalog.api;

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
import org.emporium.catalog.application.product.ProductInput;
import org.emporium.catalog.domain.Slug;
import org.emporium.catalog.domain.product.Product;
import org.emporium.catalog.domain.product.ProductDetails;
import org.emporium.catalog.domain.product.ProductStatus;
import org.emporium.platform.web.validation.CurrencyCode;

/**
 * The body of {@code POST /products} and {@code PUT /products/{idOrSlug}}: everything an admin sets on a product,
 * nothing else (no version, rating or timestamps: an unknown field is 400 {@code REQUEST.UNKNOWN_FIELD}).
 *
 * @param slug optional: derived from the name when absent
 * @param status optional: a new product is a draft by default, an update keeps the status
 */
record ProductRequest(
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

        @NotNull @CurrencyCode String currency,
        @NotNull @Min(0) @Max(Product.MAX_STOCK) Integer stock,
        ProductStatus status) {

    ProductInput toInput() {
        return new ProductInput(name, slug, description, categoryId, brand, attributes, price, currency, stock, status);
    }
}
