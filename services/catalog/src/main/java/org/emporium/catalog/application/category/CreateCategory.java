package org.emporium.catalog.application.category;

import an.awesome.pipelinr.Command;
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
 * Adds a category under {@code parentId} (a root when null). Returns its id.
 *
 * @param slug optional: derived from the name when absent
 */
public record CreateCategory(
        @NotBlank @Size(max = Category.MAX_NAME_LENGTH) String name,

        @Size(max = Slug.MAX_LENGTH) @Pattern(regexp = "^[a-z0-9]+(?:-[a-z0-9]+)*$")
        String slug,

        UUID parentId,
        @Min(0) @Max(10_000) int position)
        implements Command<CategoryId> {}
