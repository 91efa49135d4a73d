package org.emporium.discount.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.platform.test.ApiClient;
import org.emporium.platform.test.ServiceIntegrationTest;
import org.emporium.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one Spring context every discount integration test shares: the whole service against real PostgreSQL and AMQP. */
public abstract class DiscountIntegrationTest extends ServiceIntegrationTest {
    @Autowired
    protected JdbcClient jdbc;

    protected ApiClient ordering() {
        return as(TestTokens.service("discount.redeem"));
    }

    /** A unique code for a test. */
    protected static String code(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
    }

    /** A valid coupon body; tests change what they care about. */
    protected static Map<String, Object> percentage(String code, String value) {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", code);
        body.put("description", "Test coupon " + code);
        body.put("kind", "PERCENTAGE");
        body.put("value", new BigDecimal(value));
        body.put("validFrom", Instant.now().minusSeconds(3600).toString());
        return body;
    }

    protected UUID createCoupon(Map<String, Object> body) {
        var response = admin().post("/api/discount/coupons", body);
        if (response.status() != 201) {
            throw new AssertionError("Coupon not created: " + response.status() + " " + response.body());
        }
        return UUID.fromString(response.json().get("id").asString());
    }

    protected static Map<String, Object> line(String price, int quantity) {
        var line = new LinkedHashMap<String, Object>();
        line.put("productId", UUID.randomUUID());
        line.put("categoryId", null);
        line.put("unitPrice", new BigDecimal(price));
        line.put("quantity", quantity);
        return line;
    }

    protected static Map<String, Object> reservation(UUID order, UUID customer, String code, String price) {
        var body = new LinkedHashMap<String, Object>();
        body.put("orderId", order);
        body.put("customerId", customer);
        body.put("code", code);
        body.put("currency", "EUR");
        body.put("lines", List.of(line(price, 1)));
        return body;
    }

    protected static Map<String, Object> quote(String code, List<Map<String, Object>> lines) {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", code);
        body.put("currency", "EUR");
        body.put("lines", lines);
        return body;
    }

    protected String state(UUID order) {
        return jdbc.sql("SELECT state FROM redemptions WHERE order_id = :id")
                .param("id", order)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
