package org.emporium.catalog.application.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emporium.catalog.fixtures.CategoryFixture.aCategory;
import static org.emporium.catalog.fixtures.ProductFixture.aProduct;

import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.fixtures.InMemoryCategories;
import org.emporium.catalog.fixtures.InMemoryProducts;
import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/** Create, update and delete of categories through their handlers, without Spring. */
class CategoryCommandHandlersTest {
    private final InMemoryCategories categories = new InMemoryCategories();
    private final InMemoryProducts products = new InMemoryProducts();
    private final CreateCategoryHandler create = new CreateCategoryHandler(categories);
    private final UpdateCategoryHandler update = new UpdateCategoryHandler(categories);
    private final DeleteCategoryHandler delete = new DeleteCategoryHandler(categories, products);

    @Test
    void createsACategoryUnderItsParentWithASlugFromTheName() {
        var outdoor = aCategory().named("Outdoor").build();
        categories.with(outdoor);

        var id = create.handle(new CreateCategory(
                new CategoryInput("Garden Tools", null, outdoor.id().value(), 2)));

        var stored = categories.byId(id).orElseThrow();
        assertThat(stored.slug().value()).isEqualTo("garden-tools");
        assertThat(stored.parentId()).contains(outdoor.id());
        assertThat(stored.version()).isZero();
    }

    @Test
    void refusesAnUnknownParent() {
        var nowhere = aCategory().build();

        assertThatThrownBy(() -> create.handle(new CreateCategory(
                        new CategoryInput("Orphan", null, nowhere.id().value(), 0))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.CATEGORY_NOT_FOUND);
    }

    @Test
    void refusesToMoveACategoryBelowItsOwnChild() {
        var outdoor = aCategory().named("Outdoor").build();
        var garden = aCategory().named("Garden").under(outdoor.id()).build();
        categories.with(outdoor, garden);

        assertThatThrownBy(() -> update.handle(new UpdateCategory(
                        outdoor.id(),
                        0,
                        new CategoryInput("Outdoor", null, garden.id().value(), 0))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.CATEGORY_CYCLE);
    }

    @Test
    void anUpdateOfAStaleCopyIsRefused() {
        var garden = aCategory().named("Garden").atVersion(4).build();
        categories.with(garden);

        assertThatThrownBy(() ->
                        update.handle(new UpdateCategory(garden.id(), 3, new CategoryInput("Yard", null, null, 0))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(categories.byId(garden.id()).orElseThrow().name()).isEqualTo("Garden");
    }

    @Test
    void deletesAnEmptyCategoryButNotOneWithProducts() {
        var empty = aCategory().named("Empty").build();
        var full = aCategory().named("Full").build();
        categories.with(empty, full);
        products.with(aProduct().inCategory(full.id()).build());

        delete.handle(new DeleteCategory(empty.id(), 0));

        assertThat(categories.contains(empty.id())).isFalse();
        assertThatThrownBy(() -> delete.handle(new DeleteCategory(full.id(), 0)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.CATEGORY_NOT_EMPTY);
        assertThat(categories.contains(full.id())).isTrue();
    }
}
