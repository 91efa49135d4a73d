package org.emporium.ordering.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.emporium.platform.test.ApiClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A real local HTTP server standing in for identity's token endpoint, basket's internal API, catalog's lookup and
 * discount's redemptions (those services cannot run inside this module). It answers with their documented shapes;
 * tests set baskets, catalog products and refused coupons, and read the reservations and releases it received.
 */
public final class FakeDependencies {
    private static FakeDependencies instance;

    private final HttpServer server;
    public final Map<UUID, Map<String, Object>> baskets = new ConcurrentHashMap<>();
    public final Map<UUID, Map<String, Object>> products = new ConcurrentHashMap<>();
    /** Coupon code → discount's refusal reason. */
    public final Map<String, String> refusedCoupons = new ConcurrentHashMap<>();

    public final Map<UUID, String> reservations = new ConcurrentHashMap<>();
    public final Set<UUID> releases = ConcurrentHashMap.newKeySet();
    /** Run before a customer's basket is answered (once: removed when taken), e.g. to hold a read back. */
    public final Map<UUID, Runnable> beforeBasketRead = new ConcurrentHashMap<>();

    private FakeDependencies() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/oauth2/token", this::token);
        server.createContext("/internal/baskets/", this::basket);
        server.createContext("/api/catalog/products/lookup", this::lookup);
        server.createContext("/internal/redemptions", this::redemptions);
        server.start();
    }

    public static synchronized FakeDependencies get() {
        if (instance == null) {
            try {
                instance = new FakeDependencies();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A product catalog sells, {@code ACTIVE} in EUR. */
    public UUID product(String price) {
        var id = UUID.randomUUID();
        setProduct(id, price, "ACTIVE");
        return id;
    }

    public void setProduct(UUID id, String price, String status) {
        var product = new LinkedHashMap<String, Object>();
        product.put("id", id);
        product.put("slug", "p-" + id);
        product.put("name", "Product " + id.toString().substring(0, 8));
        product.put("price", new BigDecimal(price));
        product.put("currency", "EUR");
        product.put("status", status);
        product.put("stock", 10);
        product.put("categoryId", null);
        product.put("imageUrl", null);
        products.put(id, product);
    }

    /** The customer's basket as basket would show it: each line at {@code shownPrice}. */
    public void basket(UUID customer, @Nullable String coupon, List<Object[]> lines) {
        var body = new LinkedHashMap<String, Object>();
        body.put("customerId", customer);
        body.put("revision", 3);
        body.put("currency", lines.isEmpty() ? null : "EUR");
        var out = new ArrayList<Map<String, Object>>();
        for (var line : lines) {
            var l = new LinkedHashMap<String, Object>();
            l.put("productId", line[0]);
            l.put("name", "Product " + line[0].toString().substring(0, 8));
            l.put("imageUrl", null);
            l.put("categoryId", null);
            l.put("quantity", line[1]);
            l.put("unitPrice", new BigDecimal((String) line[2]));
            l.put("addedUnitPrice", new BigDecimal((String) line[2]));
            l.put("priceChanged", false);
            l.put("available", true);
            l.put("lineTotal", new BigDecimal((String) line[2]).multiply(BigDecimal.valueOf((Integer) line[1])));
            out.add(l);
        }
        body.put("lines", out);
        body.put("couponCode", coupon);
        body.put("subtotal", BigDecimal.ZERO);
        body.put("updatedAt", null);
        baskets.put(customer, body);
    }

    private void token(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        send(exchange, 200, Map.of("access_token", "fake-service-token", "token_type", "Bearer", "expires_in", 3600));
    }

    private void basket(HttpExchange exchange) throws IOException {
        var id = UUID.fromString(exchange.getRequestURI().getPath().substring("/internal/baskets/".length()));
        var hook = beforeBasketRead.remove(id);
        if (hook != null) {
            hook.run();
        }
        var basket = baskets.get(id);
        if (basket == null) {
            basket = new LinkedHashMap<>();
            basket.put("customerId", id);
            basket.put("revision", 0);
            basket.put("currency", null);
            basket.put("lines", List.of());
            basket.put("couponCode", null);
            basket.put("subtotal", BigDecimal.ZERO);
        }
        send(exchange, 200, basket);
    }

    private void lookup(HttpExchange exchange) throws IOException {
        var request = read(exchange);
        var found = new ArrayList<Object>();
        var missing = new ArrayList<Object>();
        for (var id : request.get("ids")) {
            var product = products.get(UUID.fromString(id.asString()));
            if (product == null) {
                missing.add(id.asString());
            } else {
                found.add(product);
            }
        }
        send(exchange, 200, Map.of("products", found, "missing", missing));
    }

    /** 10% off every line, or discount's 422 for a refused code; DELETE records a release. */
    private void redemptions(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("DELETE")) {
            var path = exchange.getRequestURI().getPath();
            releases.add(UUID.fromString(path.substring(path.lastIndexOf('/') + 1)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        var request = read(exchange);
        var code = request.get("code").asString();
        var refusal = refusedCoupons.get(code);
        if (refusal != null) {
            send(
                    exchange,
                    422,
                    Map.of(
                            "type",
                            "about:blank",
                            "status",
                            422,
                            "code",
                            "DISCOUNT.COUPON_REJECTED",
                            "reason",
                            refusal));
            return;
        }
        var orderId = UUID.fromString(request.get("orderId").asString());
        reservations.put(orderId, code);
        var allocations = new ArrayList<Object>();
        var total = BigDecimal.ZERO;
        for (var line : request.get("lines")) {
            var amount = line.get("unitPrice")
                    .decimalValue()
                    .multiply(BigDecimal.valueOf(line.get("quantity").asInt()))
                    .multiply(new BigDecimal("0.10"))
                    .setScale(2, RoundingMode.HALF_EVEN);
            total = total.add(amount);
            allocations.add(Map.of("productId", line.get("productId").asString(), "discount", amount));
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("orderId", orderId);
        body.put("customerId", request.get("customerId").asString());
        body.put("code", code);
        body.put("state", "RESERVED");
        body.put("currency", "EUR");
        body.put("discount", total);
        body.put("total", BigDecimal.ZERO);
        body.put("allocations", allocations);
        body.put("reservedAt", "2026-01-01T00:00:00Z");
        body.put("expiresAt", "2026-01-01T02:00:00Z");
        send(exchange, 201, body);
    }

    private static JsonNode read(HttpExchange exchange) throws IOException {
        return ApiClient.JSON.readTree(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        var bytes = ApiClient.JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders()
                .set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
