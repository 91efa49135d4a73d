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
 * with its reason. Applying it to the basket, and an exhausted coupon (which needs a checkout to reserve it), join
 * this journey once basket and ordering are in.
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
