package org.emporium.catalog.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.emporium.catalog.application.category.CategoryInput;
import org.emporium.catalog.domain.Slug;
import org.emporium.catalog.domain.category.Category;

/**
 * The body of {@code POST /categories} and {@code PUT /categories/{idOrSlug}} (an update replaces all of it); no
 * version: an unknown field is 400 {@code REQUEST.UNKNOWN_FIELD}.
 *
 * @param slug optional: derived from the name when absent
 * @param parentId the parent category; a root when null
 * @param position order among the siblings (then by name)
 */
record CategoryRequest(
        @NotBlank @Size(max = Category.MAX_NAME_LENGTH) String name,

        @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = "^[a-z0-9]+(?:-[a-z0-9]+)*$")
        String slug,

        UUID parentId,
        @Min(0) @Max(Category.MAX_POSITION) int position) {

    CategoryInput toInput() {
        return new CategoryInput(name, slug, parentId, position);
    }
}
