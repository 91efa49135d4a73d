package org.emporium.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.emporium.catalog.domain.category.Category;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.catalog.domain.category.CategoryTree;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
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
                .hasFieldOrPropertyWithValue("code", CatalogErrors.CATEGORY_NOT_FOUND)
                .hasFieldOrPropertyWithValue("kind", ErrorKind.RULE_VIOLATED);
    }

    @Test
    void movesACategoryWithItsSubTreeToAnotherBranch() {
        var moved = loaded(headphones);

        moved.moveTo(kitchen.id(), 4);

        assertThatCode(() -> tree.checkPlacement(moved)).doesNotThrowAnyException();
        assertThat(moved.parentId()).contains(kitchen.id());
        assertThat(moved.position()).isEqualTo(4);
    }

    @Test
    void refusesToMoveACategoryBelowItsOwnDescendant() {
        var moved = loaded(audio);

        moved.moveTo(inEar.id(), 0);

        assertThatThrownBy(() -> tree.checkPlacement(moved))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.CATEGORY_CYCLE)
                .hasFieldOrPropertyWithValue("kind", ErrorKind.CONFLICT);
    }

    @Test
    void refusesACategoryAsItsOwnParent() {
        var moved = loaded(kitchen);

        assertThatThrownBy(() -> moved.moveTo(kitchen.id(), 0))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.CATEGORY_CYCLE);
        assertThat(moved.parentId()).isEmpty();
    }

    @Test
    void keepsItsOwnSlugWhenRenamedButNotAnother() {
        var renamed = loaded(kitchen);
        renamed.rename("Kitchen & Dining", new Slug("kitchen"));
        assertThatCode(() -> tree.checkPlacement(renamed)).doesNotThrowAnyException();
        assertThat(renamed.name()).isEqualTo("Kitchen & Dining");

        renamed.rename("Kitchen & Dining", new Slug("audio"));
        assertThatThrownBy(() -> tree.checkPlacement(renamed))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.SLUG_TAKEN);
    }

    @Test
    void removesOnlyACategoryWithoutSubCategoriesOrProducts() {
        assertThatCode(() -> tree.checkRemoval(inEar.id(), 0)).doesNotThrowAnyException();

        assertThatThrownBy(() -> tree.checkRemoval(headphones.id(), 0))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.CATEGORY_NOT_EMPTY)
                .hasFieldOrPropertyWithValue("kind", ErrorKind.CONFLICT);
        assertThatThrownBy(() -> tree.checkRemoval(kitchen.id(), 1))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.CATEGORY_NOT_EMPTY);
    }

    /** A fresh copy, as a repository loads it: changing it does not change the tree it is checked against. */
    private static Category loaded(Category stored) {
        return Category.restore(
                stored.id(),
                stored.name(),
                stored.slug(),
                stored.parentId().orElse(null),
                stored.position(),
                stored.version());
    }
}
