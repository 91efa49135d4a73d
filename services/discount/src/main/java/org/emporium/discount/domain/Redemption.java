package org.emporium.discount.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One order's use of a coupon. Reserved synchronously at checkout (counted against the limits from then on),
 * redeemed when the order is paid, released when it is cancelled or expires or the reservation times out. Releasing
 * twice, or redeeming a released one, does nothing.
 */
public final class Redemption {
    private final UUID orderId;
    private final CouponId couponId;
    private final CouponCode code;
    private final UUID customerId;
    private RedemptionState state;
    private final Quote quote;
    private final Instant reservedAt;
    private final Instant expiresAt;
    private Instant updatedAt;
    private final long version;
    private final boolean isNew;
    private final List<RedemptionEvent> events = new ArrayList<>();

    private Redemption(
            UUID orderId,
            CouponId couponId,
            CouponCode code,
            UUID customerId,
            RedemptionState state,
            Quote quote,
            Instant reservedAt,
            Instant expiresAt,
            Instant updatedAt,
            long version,
            boolean isNew) {
        this.orderId = orderId;
        this.couponId = couponId;
        this.code = code;
        this.customerId = customerId;
        this.state = state;
        this.quote = quote;
        this.reservedAt = reservedAt;
        this.expiresAt = expiresAt;
        this.updatedAt = updatedAt;
        this.version = version;
        this.isNew = isNew;
    }

    /**
     * Reserves {@code coupon} for the order if the quote, computed against {@code usage} read under the coupon's
     * lock, applies; otherwise the precise refusal.
     */
    public static Redemption reserve(
            UUID orderId,
            UUID customerId,
            Coupon coupon,
            java.util.Currency currency,
            List<PricedLine> lines,
            CouponUsage usage,
            Instant now,
            Duration holdFor) {
        var quote = Pricing.quote(coupon.code().value(), coupon, currency, lines, usage, now);
        if (!quote.applies()) {
            throw DiscountErrors.couponRejected(quote.reason(), quote.missingAmount());
        }
        return new Redemption(
                orderId,
                coupon.id(),
                coupon.code(),
                customerId,
                RedemptionState.RESERVED,
                quote,
                now,
                now.plus(holdFor),
                now,
                0,
                true);
    }

    public static Redemption restore(
            UUID orderId,
            CouponId couponId,
            CouponCode code,
            UUID customerId,
            RedemptionState state,
            Quote quote,
            Instant reservedAt,
            Instant expiresAt,
            Instant updatedAt,
            long version) {
        return new Redemption(
                orderId, couponId, code, customerId, state, quote, reservedAt, expiresAt, updatedAt, version, false);
    }

    /** The order was paid. Returns whether anything changed. */
    public boolean redeem(Instant now) {
        if (state != RedemptionState.RESERVED) {
            return false;
        }
        state = RedemptionState.REDEEMED;
        updatedAt = now;
        events.add(new RedemptionEvent.CouponRedeemed(
                orderId, couponId, code, customerId, quote.currency().getCurrencyCode(), quote.discount(), now));
        return true;
    }

    /** Gives the coupon back (a REDEEMED one too: refund or cancellation after payment). */
    public boolean release(String reason, Instant now) {
        if (state == RedemptionState.RELEASED) {
            return false;
        }
        state = RedemptionState.RELEASED;
        updatedAt = now;
        events.add(new RedemptionEvent.CouponReleased(orderId, couponId, code, customerId, reason, now));
        return true;
    }

    public List<RedemptionEvent> pullEvents() {
        var pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public UUID orderId() {
        return orderId;
    }

    public CouponId couponId() {
        return couponId;
    }

    public CouponCode code() {
        return code;
    }

    public UUID customerId() {
        return customerId;
    }

    public RedemptionState state() {
        return state;
    }

    public Quote quote() {
        return quote;
    }

    public BigDecimal discount() {
        return quote.discount();
    }

    public Instant reservedAt() {
        return reservedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
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
