package org.emporium.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.emporium.catalog.domain.category.Category;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.catalog.domain.category.CategoryTree;
import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {
    private final Category audio = Category.create(CategoryId.newId(), "Audio", new Slug("audio"), null, 0);
    private final Category headphones =
            Category.create(CategoryId.newId(), "Headphones", new Slug("headphones"), audio.id(), 0);
    private final Category inEar =
            Category.create(CategoryId.newId(), "In-ear", new Slug("in-ear"), headphones.id(), 0);
    private final Category kitchen = Category.create(CategoryId.newId(), "Kitchen", new Slug("kitchen"), null, 1);
    private final CategoryTree tree = new CategoryTree(List.of(audio, headphones, inEar, kitchen));

    @Test
    void includesEveryDescendant() {
        assertThat(tree.withDescendants(audio.id())).containsExactlyInAnyOrder(audio.id(), headphones.id(), inEar.id());
        assertThat(tree.withDescendants(kitchen.id())).containsExactly(kitchen.id());
    }

    @Test
    void refusesATakenSlug() {
        var duplicate = Category.create(CategoryId.newId(), "Audio", new Slug("audio"), null, 0);

        assertThatThrownBy(() -> tree.checkPlacement(duplicate))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.SLUG_TAKEN);
    }

    @Test
    void refusesAnUnknownParent() {
        var orphan = Category.create(CategoryId.newId(), "Orphan", new Slug("orphan"), CategoryId.newId(), 0);

        assertThatThrownBy(() -> tree.checkPlacement(orphan))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.CATEGORY_NOT_FOUND);
    }
}
