package org.emporium.catalog.application.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.Test;

/** The product reads through their handlers over a fake read model, without Spring. */
class ProductQueryHandlersTest {
    private final ProductView lamp = view("desk-lamp", "ACTIVE");
    private final ProductView draft = view("secret-lamp", "DRAFT");
    private final FakeViews views = new FakeViews(List.of(lamp, draft));

    @Test
    void findsAProductByIdOrBySlug() {
        var get = new GetProductHandler(views);

        assertThat(get.handle(new GetProduct(lamp.id().toString(), false))).isEqualTo(lamp);
        assertThat(get.handle(new GetProduct("desk-lamp", false))).isEqualTo(lamp);
    }

    @Test
    void aDraftDoesNotExistForShoppers() {
        var get = new GetProductHandler(views);

        assertThatThrownBy(() -> get.handle(new GetProduct("secret-lamp", false)))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.PRODUCT_NOT_FOUND);
        assertThat(get.handle(new GetProduct("secret-lamp", true))).isEqualTo(draft);
    }

    @Test
    void aLookUpAnswersInTheOrderAskedOnceEachAndListsTheMissing() {
        var unknown = UUID.randomUUID();

        var answer = new FindProductsHandler(views)
                .handle(new FindProducts(List.of(draft.id(), unknown, lamp.id(), draft.id())));

        assertThat(answer.products())
                .extracting(ProductAvailabilityView.Item::id)
                .containsExactly(draft.id(), lamp.id());
        assertThat(answer.missing()).containsExactly(unknown);
    }

    private static ProductView view(String slug, String status) {
        var now = Instant.parse("2026-01-15T10:00:00Z");
        return new ProductView(
                UUID.randomUUID(),
                slug,
                slug,
                "",
                new ProductView.CategoryRef(UUID.randomUUID(), "lighting", "Lighting"),
                "Lumo",
                Map.of(),
                new BigDecimal("49.00"),
                "EUR",
                3,
                true,
                status,
                BigDecimal.ZERO,
                0,
                List.of(),
                now,
                now,
                0);
    }

    private record FakeViews(List<ProductView> all) implements ProductViews {
        @Override
        public Optional<ProductView> byId(ProductId id, boolean includeUnpublished) {
            return find(v -> v.id().equals(id.value()), includeUnpublished);
        }

        @Override
        public Optional<ProductView> bySlug(String slug, boolean includeUnpublished) {
            return find(v -> v.slug().equals(slug), includeUnpublished);
        }

        private Optional<ProductView> find(java.util.function.Predicate<ProductView> which, boolean unpublished) {
            return all.stream()
                    .filter(which)
                    .filter(v -> unpublished || v.status().equals("ACTIVE"))
                    .findFirst();
        }

        @Override
        public List<ProductAvailabilityView.Item> availabilityByIds(Collection<UUID> ids) {
            return all.stream()
                    .filter(v -> ids.contains(v.id()))
                    .map(v -> new ProductAvailabilityView.Item(
                            v.id(), v.slug(), v.name(), v.price(), v.currency(), v.status(), v.stock()))
                    .toList()
                    .reversed(); // the read model promises no order
        }
    }
}
