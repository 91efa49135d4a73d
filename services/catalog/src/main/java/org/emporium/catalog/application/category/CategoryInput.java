package org.emporium.catalog.application.category;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.emporium.catalog.domain.Slug;
import org.emporium.catalog.domain.category.Category;
import org.emporium.catalog.domain.category.CategoryId;

/**
 * Everything an admin sets on a category, the part of {@link CreateCategory} and {@link UpdateCategory} the API's
 * request body maps to (an update replaces all of it). The shape is validated here; the rules across the tree
 * (parent exists, no cycle, unique slug) in {@code CategoryTree}.
 *
 * @param slug optional: derived from the name when absent
 * @param parentId the parent category; a root when null
 * @param position order among the siblings (then by name)
 */
public record CategoryInput(
        @NotBlank @Size(max = Category.MAX_NAME_LENGTH) String name,

        @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = "^[a-z0-9]+(?:-[a-z0-9]+)*$")
        String slug,

        UUID parentId,
        @Min(0) @Max(Category.MAX_POSITION) int position) {

    Slug slugOrFromName() {
        return slug == null || slug.isBlank() ? Slug.from(name) : new Slug(slug);
    }

    CategoryId parent() {
        return parentId == null ? null : new CategoryId(parentId);
    }
}
