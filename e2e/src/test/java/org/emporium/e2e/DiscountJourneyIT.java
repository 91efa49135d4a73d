package org.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.launcher.ServiceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An admin creates a coupon and a customer prices a basket with it, through the gateway; an expired code is refused
 * with its reason; the new coupon applied to a real basket prices it, and is refused below its minimum amount. An
 * exhausted coupon needs a checkout to reserve it: that is in {@code OrderingJourneyIT}.
 */
@ExtendWith(PlatformExtension.class)
class DiscountJourneyIT {

    @Test
    void anAdminCreatesACouponThatACustomerIsQuotedAndAnExpiredOneIsRefused(RunningPlatform platform) {
        var client = platform.client();
        var admin = client.login(ServiceRegistry.DEMO_ACCOUNTS.get(0));
        var customer = client.login(ServiceRegistry.DEMO_ACCOUNTS.get(1));
        var code = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        var coupon = new LinkedHashMap<String, Object>();
        coupon.put("code", code.toLowerCase());
        coupon.put("description", "End-to-end 20 % off");
        coupon.put("kind", "PERCENTAGE");
        coupon.put("value", 20);
        coupon.put("validFrom", Instant.now().minusSeconds(60).toString());
        var created = client.post("/api/discount/coupons", coupon, admin);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("code").asString()).isEqualTo(code);
        assertThat(client.post("/api/discount/coupons", coupon, customer).status())
                .isEqualTo(403);

        var quote = client.post("/api/discount/quotes", basket(code), customer);
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        assertThat(quote.json().path("applies").asBoolean()).isTrue();
        assertThat(quote.json().path("discount").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(quote.json().path("total").decimalValue()).isEqualByComparingTo("20.00");

        var expired = client.post("/api/discount/quotes", basket("EXPIRED2025"), customer);
        assertThat(expired.status()).isEqualTo(200);
        assertThat(expired.json().path("applies").asBoolean()).isFalse();
        assertThat(expired.json().path("reason").asString()).isEqualTo("EXPIRED");

        assertThat(client.get("/internal/redemptions").status()).isIn(401, 404);
    }

    @Test
    void aNewCouponAppliedToABasketPricesItAndIsRefusedBelowItsMinimum(RunningPlatform platform) {
        var client = platform.client();
        var admin = client.login(ServiceRegistry.DEMO_ACCOUNTS.get(0));
        var customer = client.newCustomer();
        var product = Shop.newProduct(client, admin, "Coupon Lamp", "30.00", 20);
        var code = Shop.newCoupon(client, admin, "FIXED_AMOUNT", 5, Map.of("currency", "EUR", "minimumAmount", "50"));

        var added = client.post("/api/basket/lines", Map.of("productId", product, "quantity", 1), customer);
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        var below = client.put("/api/basket/coupon", Map.of("code", code.code()), customer);
        assertThat(below.status()).as(below.toString()).isEqualTo(422);
        assertThat(below.json().path("code").asString()).isEqualTo("BASKET.COUPON_REJECTED");
        assertThat(below.json().path("reason").asString()).isEqualTo("MINIMUM_NOT_MET");
        assertThat(below.json().path("missingAmount").decimalValue()).isEqualByComparingTo("20.00");

        assertThat(client.put("/api/basket/lines/" + product, Map.of("quantity", 2), customer)
                        .status())
                .isEqualTo(200);
        var applied = client.put("/api/basket/coupon", Map.of("code", code.code()), customer);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().path("subtotal").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(applied.json().path("discount").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(applied.json().path("total").decimalValue()).isEqualByComparingTo("55.00");

        var removed = client.delete("/api/basket/coupon", customer);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
        assertThat(removed.json().path("couponCode").isNull()
                        || removed.json().path("couponCode").isMissingNode())
                .isTrue();
        assertThat(removed.json().path("total").decimalValue()).isEqualByComparingTo("60.00");
    }

    private static Map<String, Object> basket(String code) {
        return Map.of(
                "code",
                code,
                "currency",
                "EUR",
                "lines",
                List.of(Map.of("productId", UUID.randomUUID().toString(), "unitPrice", "12.50", "quantity", 2)));
    }
}
