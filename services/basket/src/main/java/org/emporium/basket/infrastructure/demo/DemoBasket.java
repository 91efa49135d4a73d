package org.emporium.basket.infrastructure.demo;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.basket.application.AddLine;
import org.emporium.basket.application.GetBasket;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo basket of the {@code dev} profile: identity's demo customer ({@code customer@emporium.dev}, whose id
 * identity generates at registration, so basket only learns it from the token) starts with two lines. On the demo
 * customer's first {@code GET /api/basket} (after Spring Security, so the token is validated), a basket never written
 * (revision 0) gets the demo lines through the same command as the API, found by name in the local product copy (the
 * demo catalog's products, from catalog's events). Once done it is remembered ({@code basket:demo:{customerId}}), so
 * a customer who empties their basket keeps it empty; while the products are not in the copy yet it is tried again
 * on the next read. A failure never fails the read.
 */
@Component
@ConditionalOnBooleanProperty("emporium.basket.demo-data.enabled")
public class DemoBasket extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(DemoBasket.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** identity's demo customer (Seeding.DEMO_ACCOUNTS). */
    static final String DEMO_EMAIL = "customer@emporium.dev";

    /** Demo catalog product names (services/catalog/src/main/resources/demo/catalog.json) and quantities. */
    static final Map<String, Integer> LINES = linesInOrder();

    private final Mediator mediator;
    private final CurrentUser currentUser;
    private final StringRedisTemplate redis;

    DemoBasket(Mediator mediator, CurrentUser currentUser, StringRedisTemplate redis) {
        this.mediator = mediator;
        this.currentUser = currentUser;
        this.redis = redis;
    }

    private static Map<String, Integer> linesInOrder() {
        var lines = new LinkedHashMap<String, Integer>();
        lines.put("Wireless Noise-Cancelling Headphones", 1);
        lines.put("Portable Bluetooth Speaker", 2);
        return lines;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !"/api/basket".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            if (currentUser.email().filter(DEMO_EMAIL::equalsIgnoreCase).isPresent()) {
                currentUser.idIfPresent().ifPresent(this::seed);
            }
        } catch (RuntimeException e) {
            log.warn("Demo basket not filled: {}", e.toString());
        }
        chain.doFilter(request, response);
    }

    /**
     * Fills the customer's basket with the demo lines unless it was done before or the basket was ever written.
     *
     * @return whether lines were added now
     */
    public boolean seed(UUID customerId) {
        var done = "basket:demo:" + customerId;
        if (Boolean.TRUE.equals(redis.hasKey(done))) {
            return false;
        }
        if (mediator.send(new GetBasket(customerId)).revision() > 0) {
            redis.opsForValue().set(done, "1");
            return false;
        }
        var products = productsByName();
        var missing = LINES.keySet().stream()
                .filter(name -> !products.containsKey(name))
                .toList();
        if (!missing.isEmpty()) {
            log.info("Demo basket waits for products {} in the product copy", missing);
            return false;
        }
        // claimed first, so two concurrent first reads do not both add the lines
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(done, "1", Duration.ofDays(3650)))) {
            return false;
        }
        LINES.forEach((name, quantity) -> mediator.send(new AddLine(customerId, products.get(name), quantity)));
        log.info("Demo basket of {} filled with {}", customerId, List.copyOf(LINES.keySet()));
        return true;
    }

    /** The local copy's products with a demo name (a SCAN over {@code basket:product:*}: a handful of keys in dev). */
    private Map<String, UUID> productsByName() {
        var found = new LinkedHashMap<String, UUID>();
        try (var keys = redis.scan(
                ScanOptions.scanOptions().match("basket:product:*").count(500).build())) {
            keys.forEachRemaining(key -> {
                var data = (String) redis.opsForHash().get(key, "d");
                if (data == null) {
                    return;
                }
                var node = JSON.readTree(data);
                var name = node.path("name").asString();
                if (LINES.containsKey(name) && node.path("available").asBoolean()) {
                    found.putIfAbsent(name, UUID.fromString(key.substring("basket:product:".length())));
                }
            });
        }
        return found;
    }
}
