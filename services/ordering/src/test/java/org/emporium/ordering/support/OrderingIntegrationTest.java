package org.emporium.ordering.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.messaging.EventOutbox;
import org.emporium.platform.test.ApiClient;
import org.emporium.platform.test.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one Spring context every ordering integration test shares: the whole service on a random port against real
 * PostgreSQL and the AMQP broker, with test tokens, and basket/catalog/discount/identity's token endpoint served by
 * {@link FakeDependencies} over real HTTP.
 */
public abstract class OrderingIntegrationTest extends ServiceIntegrationTest {
    protected static final FakeDependencies deps = FakeDependencies.get();

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected Mediator mediator;

    @Autowired
    protected EventOutbox outbox;

    @Autowired
    protected TransactionTemplate transactions;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("emporium.client.token-uri", () -> deps.url() + "/oauth2/token");
        for (var service : List.of("basket", "catalog", "discount")) {
            registry.add("emporium.services." + service + ".url", deps::url);
        }
    }

    protected static Map<String, Object> address() {
        var address = new LinkedHashMap<String, Object>();
        address.put("name", "Ada Lovelace");
        address.put("line1", "1 Analytical Street");
        address.put("postalCode", "10115");
        address.put("city", "Berlin");
        address.put("country", "DE");
        return address;
    }

    protected static Map<String, Object> checkoutBody() {
        var body = new LinkedHashMap<String, Object>();
        body.put("shippingAddress", address());
        return body;
    }

    protected ApiClient.Response checkout(UUID customer, String key, Map<String, Object> body) {
        return as(customer(customer)).withHeader("Idempotency-Key", key).post("/api/ordering/orders", body);
    }

    /** A customer with a basket of one product at 20.00 × 2; answers the placed order's id. */
    protected UUID placeOrder(UUID customer) {
        var product = deps.product("20.00");
        deps.basket(customer, null, List.<Object[]>of(new Object[] {product, 2, "20.00"}));
        var response = checkout(customer, UUID.randomUUID().toString(), checkoutBody());
        if (response.status() != 201) {
            throw new AssertionError("Checkout failed: " + response);
        }
        return UUID.fromString(response.json().get("id").asString());
    }

    /** Publishes {@code event} through the outbox to the real broker, as catalog's publisher would. */
    protected void publish(IntegrationEvent event) {
        transactions.executeWithoutResult(status -> outbox.add(event));
    }

    protected String status(UUID order) {
        return jdbc.sql("SELECT status FROM orders WHERE id = :id")
                .param("id", order)
                .query(String.class)
                .single();
    }
}
