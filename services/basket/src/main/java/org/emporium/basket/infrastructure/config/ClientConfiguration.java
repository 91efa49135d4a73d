package org.emporium.basket.infrastructure.config;

import java.util.Optional;
import org.emporium.basket.application.CouponQuotes;
import org.emporium.basket.application.ProductSource;
import org.emporium.basket.domain.BasketErrors;
import org.emporium.basket.domain.ProductSnapshot;
import org.emporium.basket.infrastructure.catalog.CatalogApi;
import org.emporium.basket.infrastructure.catalog.CatalogProductSource;
import org.emporium.basket.infrastructure.discount.DiscountApi;
import org.emporium.basket.infrastructure.discount.DiscountCouponQuotes;
import org.emporium.platform.httpclient.ServiceClients;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Calls to catalog through platform/http-client (client-credentials token, timeouts, retry, circuit breaker). Without
 * a configured client ({@code emporium.client.client-id} empty, e.g. a test without identity) no product is looked
 * up: only the local copy counts.
 */
@Configuration(proxyBeanMethods = false)
class ClientConfiguration {

    @Bean
    ProductSource productSource(ObjectProvider<ServiceClients> clients) {
        var available = clients.getIfAvailable();
        if (available == null) {
            return productId -> Optional.<ProductSnapshot>empty();
        }
        return new CatalogProductSource(available.declarative("catalog", CatalogApi.class));
    }

    @Bean
    CouponQuotes couponQuotes(ObjectProvider<ServiceClients> clients) {
        var available = clients.getIfAvailable();
        if (available == null) {
            return (customerId, code, currency, lines) -> {
                throw BasketErrors.discountUnavailable();
            };
        }
        return new DiscountCouponQuotes(available.declarative("discount", DiscountApi.class));
    }
}
