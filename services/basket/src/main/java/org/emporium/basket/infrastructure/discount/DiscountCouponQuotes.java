package org.emporium.basket.infrastructure.discount;

import java.util.List;
import java.util.UUID;
import org.emporium.basket.application.CouponQuotes;
import org.emporium.basket.domain.BasketErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Quotes through platform/http-client (client-credentials token with {@code discount.quote}, connect/read timeouts,
 * retry, circuit breaker). A 4xx from discount on a well-formed basket (e.g. a malformed code) is a rejection
 * {@code UNKNOWN}; no answer, 5xx or an open circuit is 503 {@code BASKET.DISCOUNT_UNAVAILABLE}, fast.
 */
public class DiscountCouponQuotes implements CouponQuotes {
    private static final Logger log = LoggerFactory.getLogger(DiscountCouponQuotes.class);
    private final DiscountApi discount;

    public DiscountCouponQuotes(DiscountApi discount) {
        this.discount = discount;
    }

    @Override
    public Quote quote(UUID customerId, String code, String currency, List<QuoteLine> lines) {
        try {
            var answer = discount.quote(new DiscountApi.QuoteRequest(
                    code,
                    currency,
                    customerId,
                    lines.stream()
                            .map(line -> new DiscountApi.Line(
                                    line.productId(), line.categoryId(), line.unitPrice(), line.quantity()))
                            .toList()));
            return new Quote(
                    answer.code(),
                    answer.applies(),
                    answer.reason(),
                    answer.missingAmount(),
                    answer.discount(),
                    answer.total());
        } catch (HttpClientErrorException e) {
            log.info("Discount refused to quote {}: {}", code, e.getStatusCode());
            return new Quote(code, false, "UNKNOWN", null, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO);
        } catch (RestClientException | IllegalStateException e) {
            log.warn("Discount quote of {} failed: {}", code, e.toString());
            throw BasketErrors.discountUnavailable();
        } catch (RuntimeException e) {
            if (org.emporium.basket.domain.DomainRefusal.isUnavailable(e)
                    || e.getClass().getName().startsWith("io.github.resilience4j")) {
                log.warn("Discount quote of {} failed: {}", code, e.toString());
                throw BasketErrors.discountUnavailable();
            }
            throw e;
        }
    }
}
