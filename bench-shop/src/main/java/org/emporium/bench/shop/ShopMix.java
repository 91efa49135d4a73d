package org.emporium.bench.shop;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The shop mix (Online Boutique's, adapted): per 33 requests, browse or search 10, product page 10, its reviews 3,
 * add to basket 2, view basket 3, apply a coupon 1, checkout 1, pay 1, my orders 1, sign in 1 — every one through
 * the gateway, by a random customer of many. One arrival is one request: a checkout by a customer whose basket is
 * empty adds to it instead, a payment without an unpaid order lists the orders instead, so the mix's shares hold
 * without stalling on state.
 *
 * <p>Errors are every answer but the intended ones: 2xx, and for coupon, checkout and payment a 409 or 422 (a
 * coupon run out, an order not yet reserved, stock gone). {@code tolerated} adds statuses a fault run expects
 * (503, 504, 429); those still have to be problem+json, which {@link Samples} counts separately.
 */
public final class ShopMix {
    /** The request kinds and their weights. */
    public enum Kind {
        SEARCH(10),
        PRODUCT(10),
        REVIEWS(3),
        ADD(2),
        BASKET(3),
        COUPON(1),
        CHECKOUT(1),
        PAY(1),
        ORDERS(1),
        SIGN_IN(1);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }

        /** Reads: their p99 target is 200 ms; the others' 400 ms. */
        public boolean read() {
            return this == SEARCH || this == PRODUCT || this == REVIEWS || this == BASKET || this == ORDERS;
        }
    }

    private static final int TOTAL_WEIGHT =
            java.util.Arrays.stream(Kind.values()).mapToInt(k -> k.weight).sum();
    private static final Set<Kind> BUSINESS_REFUSALS = Set.of(Kind.COUPON, Kind.CHECKOUT, Kind.PAY);
    private static final Map<String, String> ADDRESS = Map.of(
            "name", "Bench Buyer", "line1", "Benchstraße 1", "postalCode", "10115", "city", "Berlin", "country", "DE");
    private static final Map<String, String> CARD =
            Map.of("cardNumber", "4242 4242 4242 4242", "expiry", "12/39", "cvc", "123", "cardholder", "Bench Buyer");

    private final ShopClient client;
    private final ShopData data;
    private final Set<Integer> tolerated;
    private volatile Samples samples = new Samples();
    private final java.util.Queue<String> placed = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public ShopMix(ShopClient client, ShopData data, Set<Integer> tolerated) {
        this.client = client;
        this.data = data;
        this.tolerated = Set.copyOf(tolerated);
    }

    /** Starts a new measured period: later arrivals record into the returned samples' successor. */
    public Samples swap() {
        var previous = samples;
        samples = new Samples();
        return previous;
    }

    /** How many checkouts were answered 201 so far. */
    public int placedCount() {
        return placed.size();
    }

    /** Every order a checkout was answered 201 for: each must exist afterwards. */
    public List<String> placedOrders() {
        return List.copyOf(placed);
    }

    /** The kind of the {@code n}-th draw of a uniform number in {@code [0, 33)}: the mix's table. */
    static Kind kindOf(int draw) {
        int acc = 0;
        for (var kind : Kind.values()) {
            acc += kind.weight;
            if (draw < acc) {
                return kind;
            }
        }
        throw new IllegalArgumentException("draw " + draw + " is outside the mix");
    }

    /** One arrival, due at {@code dueNanos}: draws a kind and a customer, sends, records. Never throws. */
    public void arrival(long dueNanos) {
        var random = ThreadLocalRandom.current();
        var kind = kindOf(random.nextInt(TOTAL_WEIGHT));
        try {
            send(kind, dueNanos, random);
        } catch (RuntimeException e) {
            record(kind.name(), dueNanos, new ShopClient.Answer(Samples.TRANSPORT, "", String.valueOf(e)));
        }
    }

    private void send(Kind kind, long due, ThreadLocalRandom random) {
        var product = data.products.get(random.nextInt(data.products.size()));
        switch (kind) {
            case SEARCH -> {
                var path = random.nextBoolean()
                        ? "/api/catalog/products?q=" + ShopData.WORDS[random.nextInt(ShopData.WORDS.length)]
                                + "&size=20"
                        : "/api/catalog/products?size=20&sort=price";
                record(kind, due, client.get(path, null));
            }
            case PRODUCT -> record(kind, due, client.get("/api/catalog/products/" + product, null));
            case REVIEWS -> record(kind, due, client.get("/api/comment/products/" + product + "/reviews", null));
            case BASKET -> record(kind, due, client.get("/api/basket", customer(random).token));
            case ORDERS -> record(kind, due, client.get("/api/ordering/orders?size=10", customer(random).token));
            case SIGN_IN -> {
                var customer = customer(random);
                var answer = client.signIn(customer.email, ShopData.PASSWORD);
                record(kind, due, answer);
                if (answer.status() == 200) {
                    customer.token = answer.json().path("access_token").asString();
                }
            }
            case ADD, COUPON, CHECKOUT, PAY -> {
                if (!withCustomer(random, customer -> basket(kind, customer, product, due))) {
                    // every customer drawn was busy (too few customers for the rate): a product page instead
                    record(Kind.PRODUCT, due, client.get("/api/catalog/products/" + product, null));
                }
            }
        }
    }

    /** A basket change or an order step, by a customer no other arrival is busy with (or a search instead). */
    private boolean withCustomer(ThreadLocalRandom random, java.util.function.Consumer<ShopData.Customer> step) {
        for (int attempt = 0; attempt < 8; attempt++) {
            var customer = customer(random);
            if (customer.busy.tryLock()) {
                try {
                    step.accept(customer);
                    return true;
                } finally {
                    customer.busy.unlock();
                }
            }
        }
        return false;
    }

    private void basket(Kind kind, ShopData.Customer customer, String product, long due) {
        var random = ThreadLocalRandom.current();
        if (kind == Kind.CHECKOUT && !customer.basketFilled.get()) {
            kind = Kind.ADD;
        }
        if (kind == Kind.PAY && customer.unpaid.isEmpty()) {
            record(Kind.ORDERS, due, client.get("/api/ordering/orders?size=10", customer.token));
            return;
        }
        switch (kind) {
            case ADD -> {
                var answer = client.send(
                        "PUT",
                        "/api/basket/lines/" + product,
                        customer.token,
                        Map.of("quantity", 1 + random.nextInt(2)),
                        null);
                record(kind, due, answer);
                if (answer.ok()) {
                    customer.basketFilled.set(true);
                }
            }
            case COUPON -> {
                var code = data.coupons.get(random.nextInt(data.coupons.size()));
                record(kind, due, client.send("PUT", "/api/basket/coupon", customer.token, Map.of("code", code), null));
            }
            case CHECKOUT -> {
                var answer = client.send(
                        "POST",
                        "/api/ordering/orders",
                        customer.token,
                        Map.of("shippingAddress", ADDRESS),
                        ShopClient.newKey());
                record(kind, due, answer);
                if (answer.status() == 201) {
                    customer.basketFilled.set(false);
                    var id = answer.json().path("id").asString();
                    placed.add(id);
                    customer.unpaid.add(id);
                } else if (answer.status() == 409 || answer.status() == 422) {
                    customer.basketFilled.set(false); // emptied by an earlier order, or refused: fill it again
                }
            }
            case PAY -> {
                var order = customer.unpaid.poll();
                var answer =
                        client.send("POST", "/api/ordering/orders/" + order + "/payment", customer.token, CARD, null);
                record(kind, due, answer);
                // not reserved yet (409), or a fault: tried again later, a few times
                if (!answer.ok() && answer.status() != 422 && customer.retry(order)) {
                    customer.unpaid.add(order);
                }
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    private ShopData.Customer customer(ThreadLocalRandom random) {
        List<ShopData.Customer> customers = data.customers;
        return customers.get(random.nextInt(customers.size()));
    }

    private void record(Kind kind, long due, ShopClient.Answer answer) {
        record(kind.name(), due, answer);
    }

    private void record(String kind, long due, ShopClient.Answer answer) {
        int status = answer.status();
        boolean intended = (status >= 200 && status < 300)
                || (BUSINESS_REFUSALS.contains(Kind.valueOf(kind)) && (status == 409 || status == 422))
                || tolerated.contains(status);
        samples.record(kind, (System.nanoTime() - due) / 1e6, status, !intended, answer.problemJson());
    }
}
