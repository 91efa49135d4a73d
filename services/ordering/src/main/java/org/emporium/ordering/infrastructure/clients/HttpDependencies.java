package org.emporium.ordering.infrastructure.clients;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.ordering.application.BasketSource;
import org.emporium.ordering.application.CatalogPrices;
import org.emporium.ordering.application.CouponReservations;
import org.emporium.ordering.domain.CheckoutPricing.CatalogPrice;
import org.emporium.ordering.domain.OrderId;
import org.emporium.ordering.domain.OrderingErrors;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.emporium.platform.core.ProblemCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's ports over the other services' HTTP APIs. A dependency down or slow is 503 (platform's
 * resilience interceptor); an unexpected 4xx is a defect reported as 503 too, never a silent success.
 */
public final class HttpDependencies implements BasketSource, CatalogPrices, CouponReservations {
    private static final Logger log = LoggerFactory.getLogger(HttpDependencies.class);
    private final DependencyApis.BasketApi basket;
    private final DependencyApis.CatalogApi catalog;
    private final DependencyApis.DiscountApi discount;
    private final JsonMapper json;

    public HttpDependencies(
            DependencyApis.BasketApi basket,
            DependencyApis.CatalogApi catalog,
            DependencyApis.DiscountApi discount,
            JsonMapper json) {
        this.basket = basket;
        this.catalog = catalog;
        this.discount = discount;
        this.json = json;
    }

    @Override
    public BasketSnapshot basketOf(UUID customerId) {
        var answer = call("basket", () -> basket.basket(customerId));
        return new BasketSnapshot(
                answer.revision(),
                answer.currency(),
                answer.lines().stream()
                        .map(l -> new BasketSource.Line(
                                l.productId(), l.name(), l.categoryId(), l.quantity(), l.unitPrice()))
                        .toList(),
                answer.couponCode());
    }

    @Override
    public Map<UUID, CatalogPrice> lookup(List<UUID> productIds) {
        var answer = call("catalog", () -> catalog.lookup(new DependencyApis.CatalogApi.LookupRequest(productIds)));
        var prices = new HashMap<UUID, CatalogPrice>();
        for (var item : answer.products()) {
            prices.put(
                    item.id(),
                    new CatalogPrice(item.id(), item.price(), item.currency(), "ACTIVE".equals(item.status())));
        }
        return prices;
    }

    @Override
    public Map<UUID, BigDecimal> reserve(
            OrderId orderId, UUID customerId, String code, String currency, List<CouponReservations.Line> lines) {
        try {
            var answer = call(
                    "discount",
                    () -> discount.reserve(new DependencyApis.DiscountApi.ReserveRequest(
                            orderId.value(),
                            customerId,
                            code,
                            currency,
                            lines.stream()
                                    .map(l -> new DependencyApis.DiscountApi.Line(
                                            l.productId(), l.categoryId(), l.unitPrice(), l.quantity()))
                                    .toList())));
            var discounts = new HashMap<UUID, BigDecimal>();
            for (var allocation : answer.allocations()) {
                discounts.merge(allocation.productId(), allocation.discount(), BigDecimal::add);
            }
            return discounts;
        } catch (CouponRefused refused) {
            throw OrderingErrors.couponRejected(code, refused.reason);
        }
    }

    @Override
    public void release(OrderId orderId) {
        try {
            call("discount", () -> {
                discount.release(orderId.value());
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("Could not release the coupon of order {} (discount's expiry will): {}", orderId, e.toString());
        }
    }

    private <T> T call(String service, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (HttpClientErrorException e) {
            if (service.equals("discount") && e.getStatusCode().isSameCodeAs(HttpStatus.UNPROCESSABLE_CONTENT)) {
                throw new CouponRefused(reason(e.getResponseBodyAsString()));
            }
            log.warn("{} refused ordering's call: {} {}", service, e.getStatusCode(), e.getResponseBodyAsString());
            throw unavailable(service, e);
        } catch (RestClientException e) {
            throw unavailable(service, e);
        }
    }

    private String reason(String body) {
        try {
            var node = json.readTree(body).get("reason");
            return node == null || node.isNull() ? "UNKNOWN" : node.asString();
        } catch (RuntimeException e) {
            return "UNKNOWN";
        }
    }

    private static DomainException unavailable(String service, Exception cause) {
        var exception = new DomainException(
                ProblemCodes.UNAVAILABLE,
                ErrorKind.UNAVAILABLE,
                "The " + service + " service did not answer as expected. Try again shortly.");
        exception.initCause(cause);
        return exception;
    }

    private static final class CouponRefused extends RuntimeException {
        private final String reason;

        CouponRefused(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }
    }
}
