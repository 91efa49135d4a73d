package org.emporium.catalog.application.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emporium.catalog.fixtures.CategoryFixture.aCategory;
import static org.emporium.catalog.fixtures.ProductFixture.NOW;
import static org.emporium.catalog.fixtures.ProductFixture.aProduct;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.category.Category;
import org.emporium.catalog.domain.product.Product;
import org.emporium.catalog.domain.product.ProductEvent;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.ProductStatus;
import org.emporium.catalog.fixtures.InMemoryCategories;
import org.emporium.catalog.fixtures.InMemoryProducts;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;

/** Create and update through their handlers, without Spring: the ports are in-memory fakes. */
class ProductCommandHandlersTest {
    private final Category kitchen = aCategory().named("Kitchen").build();
    private final Category garden = aCategory().named("Garden").build();
    private final InMemoryCategories categories = new InMemoryCategories().with(kitchen, garden);
    private final InMemoryProducts products = new InMemoryProducts();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final CreateProductHandler create = new CreateProductHandler(products, categories, clock);
    private final UpdateProductHandler update = new UpdateProductHandler(products, categories, clock);

    private ProductInput input(String name, Category category, String price) {
        return new ProductInput(
                name,
                null,
                "Boils water",
                category.id().value(),
                "Acme",
                Map.of(),
                new BigDecimal(price),
                "EUR",
                5,
                null);
    }

    @Test
    void createsADraftAndPublishesItsCreation() {
        var id = create.handle(new CreateProduct(input("Travel Kettle", kitchen, "19.90")));

        var stored = products.byId(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(stored.version()).isZero();
        assertThat(stored.details().slug().value()).isEqualTo("travel-kettle");
        assertThat(products.published())
                .singleElement()
                .isInstanceOfSatisfying(
                        ProductEvent.ProductCreated.class,
                        created -> assertThat(created.productId()).isEqualTo(id));
    }

    @Test
    void refusesToCreateAProductInACategoryThatDoesNotExist() {
        var nowhere = aCategory().named("Nowhere").build();

        assertThatThrownBy(() -> create.handle(new CreateProduct(input("Lost Lamp", nowhere, "5"))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.CATEGORY_NOT_FOUND)
                .hasFieldOrPropertyWithValue("kind", ErrorKind.RULE_VIOLATED);
        assertThat(products.saves()).isZero();
    }

    @Test
    void refusesASlugAnotherProductHas() {
        products.with(aProduct().named("Travel Kettle").inCategory(kitchen.id()).build());

        assertThatThrownBy(() -> create.handle(new CreateProduct(input("Travel Kettle", kitchen, "5"))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.SLUG_TAKEN)
                .hasFieldOrPropertyWithValue("kind", ErrorKind.CONFLICT);
    }

    @Test
    void anUpdatePublishesOneEventListingEveryKindOfChange() {
        var kettle = stored(
                aProduct().named("Travel Kettle").inCategory(kitchen.id()).active());
        var revised = new ProductInput(
                "Travel Kettle",
                null,
                "Boils water",
                garden.id().value(),
                "Acme",
                Map.of(),
                new BigDecimal("24.50"),
                "EUR",
                7,
                null);

        update.handle(new UpdateProduct(kettle.id(), 0, revised));

        var stored = products.stored(kettle);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.details().categoryId()).isEqualTo(garden.id());
        assertThat(products.published())
                .singleElement()
                .isInstanceOfSatisfying(
                        ProductEvent.ProductUpdated.class,
                        updated -> assertThat(updated.changes())
                                .containsExactlyInAnyOrder(
                                        ProductEvent.Change.DETAILS,
                                        ProductEvent.Change.PRICE,
                                        ProductEvent.Change.STOCK));
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersionAndPublishesNothing() {
        var kettle = stored(
                aProduct().named("Travel Kettle").inCategory(kitchen.id()).pricedAt("19.90", "EUR"));
        var same = new ProductInput(
                "Travel Kettle",
                null,
                kettle.details().description(),
                kitchen.id().value(),
                "Sonora",
                Map.of(),
                new BigDecimal("19.90"),
                "EUR",
                kettle.stock(),
                null);

        update.handle(new UpdateProduct(kettle.id(), 0, same));

        assertThat(products.stored(kettle).version()).isZero();
        assertThat(products.published()).isEmpty();
    }

    @Test
    void refusesAStaleVersionBeforeAnyWork() {
        var kettle = stored(
                aProduct().named("Travel Kettle").inCategory(kitchen.id()).atVersion(3));

        assertThatThrownBy(() -> update.handle(new UpdateProduct(kettle.id(), 2, input("Renamed", kitchen, "1"))))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(products.stored(kettle).details().name()).isEqualTo("Travel Kettle");
        assertThat(products.saves()).isZero();
    }

    @Test
    void refusesToMoveAProductIntoACategoryThatDoesNotExist() {
        var kettle = stored(aProduct().named("Travel Kettle").inCategory(kitchen.id()));
        var nowhere = aCategory().named("Nowhere").build();

        assertThatThrownBy(() -> update.handle(new UpdateProduct(kettle.id(), 0, input("Travel Kettle", nowhere, "1"))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.CATEGORY_NOT_FOUND)
                .hasFieldOrPropertyWithValue("kind", ErrorKind.RULE_VIOLATED);
    }

    @Test
    void anUnknownProductIsNotFound() {
        var unknown = new ProductId(UUID.randomUUID());

        assertThatThrownBy(() -> update.handle(new UpdateProduct(unknown, 0, input("Ghost", kitchen, "1"))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.PRODUCT_NOT_FOUND)
                .hasFieldOrPropertyWithValue("kind", ErrorKind.NOT_FOUND);
    }

    private Product stored(org.emporium.catalog.fixtures.ProductFixture fixture) {
        var product = fixture.build();
        products.with(product);
        return product;
    }
}
