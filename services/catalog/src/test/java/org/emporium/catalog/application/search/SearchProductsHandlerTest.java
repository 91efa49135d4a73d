package org.emporium.catalog.application.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.catalog.fixtures.CategoryFixture.aCategory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.emporium.catalog.domain.product.ProductStatus;
import org.emporium.catalog.fixtures.InMemoryCategories;
import org.junit.jupiter.api.Test;

/** How a search is resolved against the category tree and answered, over a fake read model, without Spring. */
class SearchProductsHandlerTest {
    private final InMemoryCategories categories = new InMemoryCategories();
    private final List<ProductSearch.Criteria> asked = new ArrayList<>();
    private ProductSearch.Result answer = new ProductSearch.Result(List.of(), 0, Map.of(), List.of());
    private final SearchProductsHandler handler = new SearchProductsHandler(
            criteria -> {
                asked.add(criteria);
                return answer;
            },
            categories,
            Duration.ofSeconds(10));

    private static SearchProducts browse(String category, int page, int size) {
        return new SearchProducts(
                null, category, null, null, null, false, ProductStatus.ACTIVE, ProductSort.RELEVANCE, page, size);
    }

    @Test
    void aCategoryFilterCoversItsSubCategoriesAndFacetsAreNamedFromTheTree() {
        var home = aCategory().named("Home").build();
        var kitchen = aCategory().named("Kitchen").under(home.id()).build();
        var garden = aCategory().named("Garden").build();
        categories.with(home, kitchen, garden);
        answer = new ProductSearch.Result(
                List.of(), 45, Map.of(kitchen.id().value(), 40L, home.id().value(), 5L), List.of());

        var result = handler.handle(browse("home", 0, 20));

        assertThat(asked)
                .singleElement()
                .satisfies(criteria -> assertThat(criteria.categoryIds())
                        .containsExactlyInAnyOrder(
                                home.id().value(), kitchen.id().value()));
        assertThat(result.total()).isEqualTo(45);
        assertThat(result.totalPages()).isEqualTo(3);
        assertThat(result.facets().categories())
                .extracting(SearchResultView.CategoryCount::slug)
                .containsExactly("kitchen", "home");
    }

    @Test
    void withoutACategoryEveryCategoryIsSearched() {
        handler.handle(browse(null, 0, 20));

        assertThat(asked)
                .singleElement()
                .satisfies(criteria -> assertThat(criteria.categoryIds()).isNull());
    }

    @Test
    void anUnknownCategoryFindsNothingWithoutAskingTheReadModel() {
        var result = handler.handle(browse("no-such-category", 0, 20));

        assertThat(result.total()).isZero();
        assertThat(result.items()).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void totalPagesStopAtTheResultWindow() {
        answer = new ProductSearch.Result(List.of(), 1_000_000, Map.of(), List.of());

        var result = handler.handle(browse(null, 0, 100));

        assertThat(result.totalPages()).isEqualTo(SearchProducts.MAX_RESULT_WINDOW / 100);
    }
}
