package org.emporium.catalog.domain.product;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.platform.core.Money;

/**
 * A product for sale. Guards its invariants — a price that is not negative, stock that never goes below zero, only
 * the status changes {@link ProductStatus#mayBecome} allows — and registers a {@link ProductEvent} for every change.
 * {@link #version()} is the optimistic-locking version: persistence refuses to save over a newer one.
 */
public final class Product {
    public static final int MAX_STOCK = 1_000_000_000;
    /** The version of a product that was never saved; the first save stores version 0. */
    public static final long NEW = -1;

    private final ProductId id;
    private ProductDetails details;
    private Money price;
    private int stock;
    private ProductStatus status;
    private final Instant createdAt;
    private Instant updatedAt;
    private Rating rating;
    private final long version;
    private final List<ProductEvent> events = new ArrayList<>();

    private Product(
            ProductId id,
            ProductDetails details,
            Money price,
            int stock,
            ProductStatus status,
            Instant createdAt,
            Instant updatedAt,
            Rating rating,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.details = Objects.requireNonNull(details, "details");
        this.price = requirePrice(price);
        this.stock = requireStock(stock);
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.rating = Objects.requireNonNull(rating, "rating");
        this.version = version;
    }

    /**
     * A new product, live at once when {@code status} is ACTIVE, otherwise a draft; not saved yet ({@link #isNew()}).
     * The rules that need other products and categories (unique slug, existing category) are {@link ProductPlacement}'s.
     */
    public static Product create(
            ProductId id, ProductDetails details, Money price, int stock, ProductStatus status, Instant now) {
        if (status == ProductStatus.ARCHIVED) {
            throw CatalogErrors.illegalStatusChange(null, status);
        }
        var product = new Product(id, details, price, stock, status, now, now, Rating.NONE, NEW);
        product.events.add(new ProductEvent.ProductCreated(product.snapshot(), now));
        return product;
    }

    /** Rebuilds a stored product without registering events; persistence only. */
    public static Product restore(
            ProductId id,
            ProductDetails details,
            Money price,
            int stock,
            ProductStatus status,
            Instant createdAt,
            Instant updatedAt,
            Rating rating,
            long version) {
        return new Product(id, details, price, stock, status, createdAt, updatedAt, rating, version);
    }

    /**
     * An admin's full revision: new details, price and stock, and a new status when {@code revision} names one. Only
     * real changes count, reported together as one {@link ProductEvent.ProductUpdated}; check the revised details'
     * place first ({@link ProductPlacement#require}).
     */
    public void revise(ProductRevision revision, Instant now) {
        describe(revision.details(), now);
        reprice(revision.price(), now);
        restock(revision.stock(), now);
        if (revision.status() != null) {
            changeStatus(revision.status(), now);
        }
    }

    /** Replaces what describes the product. */
    public void describe(ProductDetails newDetails, Instant now) {
        if (!details.equals(Objects.requireNonNull(newDetails, "details"))) {
            details = newDetails;
            changed(EnumSet.of(ProductEvent.Change.DETAILS), now);
        }
    }

    public void reprice(Money newPrice, Instant now) {
        requirePrice(newPrice);
        if (!price.equals(newPrice)) {
            price = newPrice;
            changed(EnumSet.of(ProductEvent.Change.PRICE), now);
        }
    }

    /** Sets the quantity on hand, e.g. after a stock count or a delivery. */
    public void restock(int quantity, Instant now) {
        requireStock(quantity);
        if (stock != quantity) {
            stock = quantity;
            changed(EnumSet.of(ProductEvent.Change.STOCK), now);
        }
    }

    public void changeStatus(ProductStatus target, Instant now) {
        Objects.requireNonNull(target, "target");
        if (status == target) {
            return;
        }
        if (!status.mayBecome(target)) {
            throw CatalogErrors.illegalStatusChange(status, target);
        }
        status = target;
        changed(EnumSet.of(ProductEvent.Change.STATUS), now);
    }

    public void activate(Instant now) {
        changeStatus(ProductStatus.ACTIVE, now);
    }

    public void archive(Instant now) {
        changeStatus(ProductStatus.ARCHIVED, now);
    }

    /** Registers the deletion; the repository removes the row and its images. */
    public void delete(Instant now) {
        events.add(new ProductEvent.ProductDeleted(id, now));
    }

    /** Why {@code quantity} cannot be reserved now, or null when it can. */
    public StockShortage shortageFor(int quantity) {
        if (status != ProductStatus.ACTIVE) {
            return StockShortage.NOT_AVAILABLE;
        }
        return quantity > stock ? StockShortage.INSUFFICIENT_STOCK : null;
    }

    /**
     * Takes {@code quantity} out of stock for an order. Reservations are not product updates for subscribers (they
     * hear about them as {@code catalog.stock-reserved}), so no event is registered here.
     */
    public void reserve(int quantity, Instant now) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        if (shortageFor(quantity) != null) {
            throw CatalogErrors.insufficientStock(id, stock);
        }
        stock -= quantity;
        updatedAt = now;
    }

    /** Puts back {@code quantity} an order had reserved. */
    public void release(int quantity, Instant now) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        stock = requireStock((int) Math.min((long) stock + quantity, MAX_STOCK));
        updatedAt = now;
    }

    /** Whether anything changed since the product was loaded or created (an event is pending). */
    public boolean hasChanges() {
        return !events.isEmpty();
    }

    /** The events registered since the last call, in order; the repository publishes them when it saves. */
    public List<ProductEvent> pullEvents() {
        var pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public ProductSnapshot snapshot() {
        return new ProductSnapshot(id, details, price, stock, status, version);
    }

    /** One update event per unit of work: changes made together are reported together, with the final state. */
    private void changed(EnumSet<ProductEvent.Change> changes, Instant now) {
        updatedAt = now;
        if (!events.isEmpty() && events.getLast() instanceof ProductEvent.ProductUpdated previous) {
            changes.addAll(previous.changes());
            events.removeLast();
        }
        if (!events.isEmpty() && events.getLast() instanceof ProductEvent.ProductCreated) {
            events.set(events.size() - 1, new ProductEvent.ProductCreated(snapshot(), now));
            return;
        }
        events.add(new ProductEvent.ProductUpdated(snapshot(), Set.copyOf(changes), now));
    }

    private static Money requirePrice(Money price) {
        Objects.requireNonNull(price, "price");
        if (price.isNegative()) {
            throw CatalogErrors.invalidProduct("A price is never negative.");
        }
        return price;
    }

    private static int requireStock(int stock) {
        if (stock < 0 || stock > MAX_STOCK) {
            throw CatalogErrors.invalidProduct("Stock is between 0 and " + MAX_STOCK + ".");
        }
        return stock;
    }

    public ProductId id() {
        return id;
    }

    public ProductDetails details() {
        return details;
    }

    public Money price() {
        return price;
    }

    public int stock() {
        return stock;
    }

    public ProductStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Rating rating() {
        return rating;
    }

    public long version() {
        return version;
    }

    /** Whether the product was never saved: saving it inserts it. */
    public boolean isNew() {
        return version == NEW;
    }
}
