package org.emporium.discount.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A coupon: its code never changes, its terms are replaced whole by an admin, and it can be deactivated. Whether it
 * applies to a basket is {@link Pricing}'s answer; whether it may be deleted depends on its redemptions (the
 * repository refuses).
 */
public final class Coupon {
    private final CouponId id;
    private final CouponCode code;
    private CouponTerms terms;
    private boolean active;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;
    private final boolean isNew;

    private Coupon(
            CouponId id,
            CouponCode code,
            CouponTerms terms,
            boolean active,
            Instant createdAt,
            Instant updatedAt,
            long version,
            boolean isNew) {
        this.id = Objects.requireNonNull(id);
        this.code = Objects.requireNonNull(code);
        this.terms = Objects.requireNonNull(terms);
        this.active = active;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
        this.isNew = isNew;
    }

    public static Coupon create(CouponCode code, CouponTerms terms, boolean active, Instant now) {
        return new Coupon(CouponId.random(), code, terms, active, now, now, 0, true);
    }

    public static Coupon restore(
            CouponId id,
            CouponCode code,
            CouponTerms terms,
            boolean active,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        return new Coupon(id, code, terms, active, createdAt, updatedAt, version, false);
    }

    /** Replaces the terms and the active flag (a PUT). */
    public void revise(CouponTerms terms, boolean active, Instant now) {
        this.terms = Objects.requireNonNull(terms);
        this.active = active;
        this.updatedAt = now;
    }

    /** Stops the coupon: quotes answer {@code INACTIVE}; existing reservations are kept. */
    public void deactivate(Instant now) {
        if (active) {
            active = false;
            updatedAt = now;
        }
    }

    public CouponId id() {
        return id;
    }

    public CouponCode code() {
        return code;
    }

    public CouponTerms terms() {
        return terms;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public boolean isNew() {
        return isNew;
    }
}
