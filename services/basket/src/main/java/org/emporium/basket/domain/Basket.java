package org.emporium.basket.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One customer's basket: at most {@link #MAX_LINES} lines of quantity 1..{@link #MAX_QUANTITY}, all in one currency
 * (the first line's; an empty basket has none), and at most one coupon code. {@code revision} counts the writes
 * the store accepted; the store increments it on every write (see docs/basket.md).
 */
public final class Basket {
    public static final int MAX_LINES = 100;
    public static final int MAX_QUANTITY = 99;

    private final UUID customerId;
    private long revision;
    private @Nullable String currency;
    private final LinkedHashMap<UUID, BasketLine> lines;
    private @Nullable String couponCode;
    private @Nullable Instant updatedAt;

    public Basket(
            UUID customerId,
            long revision,
            @Nullable String currency,
            Collection<BasketLine> lines,
            @Nullable String couponCode,
            @Nullable Instant updatedAt) {
        this.customerId = customerId;
        this.revision = revision;
        this.lines = new LinkedHashMap<>();
        lines.stream()
                .sorted(java.util.Comparator.comparing(BasketLine::addedAt).thenComparing(BasketLine::productId))
                .forEach(line -> this.lines.put(line.productId(), line));
        this.currency = this.lines.isEmpty() ? null : currency;
        this.couponCode = couponCode;
        this.updatedAt = updatedAt;
    }

    public static Basket empty(UUID customerId) {
        return new Basket(customerId, 0, null, List.of(), null, null);
    }

    /** Adds {@code quantity} to the product's line, creating it when missing. */
    public void add(ProductSnapshot product, int quantity, Instant now) {
        var existing = lines.get(product.productId());
        long target = (existing == null ? 0L : existing.quantity()) + quantity;
        if (quantity < 1) {
            throw BasketErrors.quantityOutOfRange(product.productId(), quantity, MAX_QUANTITY);
        }
        put(product, existing, target, now);
    }

    /** Sets the product's line to {@code quantity}, creating it when missing. */
    public void setQuantity(ProductSnapshot product, int quantity, Instant now) {
        put(product, lines.get(product.productId()), quantity, now);
    }

    /** Changes the quantity of an existing line (whatever the product's state now); false when there is none. */
    public boolean changeQuantity(UUID productId, int quantity, Instant now) {
        var existing = lines.get(productId);
        if (existing == null) {
            return false;
        }
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw BasketErrors.quantityOutOfRange(productId, quantity, MAX_QUANTITY);
        }
        lines.put(productId, existing.withQuantity(quantity));
        updatedAt = now;
        return true;
    }

    private void put(ProductSnapshot product, @Nullable BasketLine existing, long quantity, Instant now) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw BasketErrors.quantityOutOfRange(product.productId(), quantity, MAX_QUANTITY);
        }
        if (existing != null) {
            lines.put(product.productId(), existing.withQuantity((int) quantity));
            updatedAt = now;
            return;
        }
        if (!product.available()) {
            throw BasketErrors.productUnavailable(product.productId());
        }
        if (currency != null && !currency.equals(product.currency())) {
            throw BasketErrors.currencyMismatch(currency, product.currency());
        }
        if (lines.size() >= MAX_LINES) {
            throw BasketErrors.tooManyLines(MAX_LINES);
        }
        lines.put(
                product.productId(),
                new BasketLine(
                        product.productId(),
                        product.name(),
                        product.imageUrl(),
                        product.categoryId(),
                        Money.round(product.price(), product.currency()),
                        (int) quantity,
                        now));
        currency = product.currency();
        updatedAt = now;
    }

    /** Removes the product's line; removing a missing line changes nothing and answers false. */
    public boolean remove(UUID productId, Instant now) {
        if (lines.remove(productId) == null) {
            return false;
        }
        if (lines.isEmpty()) {
            currency = null;
        }
        updatedAt = now;
        return true;
    }

    /** Drops the given products' lines (an order placed without a basket revision took them). */
    public void removeAll(Set<UUID> productIds, Instant now) {
        productIds.forEach(id -> remove(id, now));
    }

    public void clear(Instant now) {
        lines.clear();
        currency = null;
        couponCode = null;
        updatedAt = now;
    }

    public void applyCoupon(String code, Instant now) {
        if (lines.isEmpty()) {
            throw BasketErrors.emptyBasket();
        }
        couponCode = code;
        updatedAt = now;
    }

    public void removeCoupon(Instant now) {
        couponCode = null;
        updatedAt = now;
    }

    /** The store accepted this state as {@code newRevision}. */
    public void stored(long newRevision) {
        this.revision = newRevision;
    }

    public UUID customerId() {
        return customerId;
    }

    public long revision() {
        return revision;
    }

    public Optional<String> currency() {
        return Optional.ofNullable(currency);
    }

    public List<BasketLine> lines() {
        return List.copyOf(lines.values());
    }

    public Optional<BasketLine> line(UUID productId) {
        return Optional.ofNullable(lines.get(productId));
    }

    public Optional<String> couponCode() {
        return Optional.ofNullable(couponCode);
    }

    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public Map<UUID, Integer> quantities() {
        var result = new LinkedHashMap<UUID, Integer>();
        lines.values().forEach(line -> result.put(line.productId(), line.quantity()));
        return result;
    }
}
