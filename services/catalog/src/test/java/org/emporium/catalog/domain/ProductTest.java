package org.emporium.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emporium.catalog.fixtures.ProductFixture.NOW;
import static org.emporium.catalog.fixtures.ProductFixture.aProduct;

import java.util.Set;
import org.emporium.catalog.domain.product.Product;
import org.emporium.catalog.domain.product.ProductEvent;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.ProductStatus;
import org.emporium.catalog.domain.product.StockShortage;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.Money;
import org.junit.jupiter.api.Test;

class ProductTest {

    @Test
    void registersCreationWithTheInitialState() {
        var fixture = aProduct().withStock(5);
        var product = Product.create(
                ProductId.newId(), fixture.details(), Money.of("10", "EUR"), 5, ProductStatus.ACTIVE, NOW);

        var events = product.pullEvents();

        assertThat(events).singleElement().isInstanceOfSatisfying(ProductEvent.ProductCreated.class, created -> {
            assertThat(created.product().stock()).isEqualTo(5);
            assertThat(created.product().status()).isEqualTo(ProductStatus.ACTIVE);
        });
        assertThat(product.pullEvents()).isEmpty();
    }

    @Test
    void refusesToCreateAnArchivedProduct() {
        assertThatThrownBy(() -> Product.create(
                        ProductId.newId(), aProduct().details(), Money.of("10", "EUR"), 1, ProductStatus.ARCHIVED, NOW))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.ILLEGAL_STATUS_CHANGE);
    }

    @Test
    void refusesANegativePrice() {
        var product = aProduct().build();

        assertThatThrownBy(() -> product.reprice(Money.of("-1", "EUR"), NOW))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.INVALID_PRODUCT);
    }

    @Test
    void reportsChangesMadeTogetherInOneUpdate() {
        var product = aProduct().active().pricedAt("10", "EUR").build();

        product.reprice(Money.of("12", "EUR"), NOW);
        product.archive(NOW);

        assertThat(product.pullEvents())
                .singleElement()
                .isInstanceOfSatisfying(ProductEvent.ProductUpdated.class, updated -> {
                    assertThat(updated.changes())
                            .isEqualTo(Set.of(ProductEvent.Change.PRICE, ProductEvent.Change.STATUS));
                    assertThat(updated.product().price()).isEqualTo(Money.of("12", "EUR"));
                    assertThat(updated.product().status()).isEqualTo(ProductStatus.ARCHIVED);
                });
    }

    @Test
    void registersNothingWhenNothingChanges() {
        var product = aProduct().pricedAt("10", "EUR").withStock(3).build();

        product.reprice(Money.of("10.00", "EUR"), NOW);
        product.restock(3, NOW);

        assertThat(product.pullEvents()).isEmpty();
    }

    @Test
    void anArchivedProductCannotGoBackToDraft() {
        var product = aProduct().archived().build();

        assertThatThrownBy(() -> product.changeStatus(ProductStatus.DRAFT, NOW))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.ILLEGAL_STATUS_CHANGE);
    }

    @Test
    void reservingNeverTakesStockBelowZero() {
        var product = aProduct().active().withStock(3).build();

        product.reserve(3, NOW);

        assertThat(product.stock()).isZero();
        assertThat(product.shortageFor(1)).isEqualTo(StockShortage.INSUFFICIENT_STOCK);
        assertThatThrownBy(() -> product.reserve(1, NOW))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", CatalogErrors.INSUFFICIENT_STOCK);
        assertThat(product.stock()).isZero();
    }

    @Test
    void draftsCannotBeReserved() {
        var product = aProduct().withStock(3).build();

        assertThat(product.shortageFor(1)).isEqualTo(StockShortage.NOT_AVAILABLE);
    }
}
