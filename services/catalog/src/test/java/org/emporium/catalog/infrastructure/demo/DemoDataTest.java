package org.emporium.catalog.infrastructure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import org.emporium.catalog.domain.Slug;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The demo set in {@code demo/catalog.json} is complete and seeds without refusals. */
class DemoDataTest {
    private final DemoCatalog.DemoData data =
            DemoCatalog.load(JsonMapper.builder().build());

    @Test
    void holdsTheDemoTreeAndFiftyProducts() {
        assertThat(data.categories()).hasSize(7);
        assertThat(data.products()).hasSize(50);
        assertThat(data.products())
                .extracting(DemoCatalog.Item::name)
                .contains("Wireless Noise-Cancelling Headphones", "Headphone Amplifier", "Espresso Machine");
    }

    @Test
    void namesEveryParentBeforeItsChildrenAndEveryProductsCategory() {
        var known = new HashSet<String>();
        for (var category : data.categories()) {
            assertThat(category.parent() == null || known.contains(category.parent()))
                    .as("parent of %s", category.name())
                    .isTrue();
            known.add(category.name());
        }
        assertThat(data.products()).allSatisfy(item -> assertThat(known).contains(item.category()));
    }

    @Test
    void everyProductHasAUniqueSlugAPriceAndAStockCount() {
        var slugs = new HashSet<Slug>();
        assertThat(data.products()).allSatisfy(item -> {
            assertThat(slugs.add(Slug.from(item.name())))
                    .as("slug of %s", item.name())
                    .isTrue();
            assertThat(new BigDecimal(item.price())).isPositive();
            assertThat(item.stock()).isNotNegative();
            assertThat(item.brand()).isNotBlank();
            assertThat(item.description()).isNotBlank();
        });
    }
}
