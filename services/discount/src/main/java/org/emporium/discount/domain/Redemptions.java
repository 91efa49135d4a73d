package org.emporium.discount.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The redemptions, one per order, and the counts the limits are checked against. */
public interface Redemptions {
    Optional<Redemption> byOrder(UUID orderId);

    /** Reservations and redemptions (not released ones) of the coupon, in total and by the customer. */
    CouponUsage usage(CouponId couponId, UUID customerId);

    /**
     * Up to {@code limit} reservations still RESERVED whose hold ended before {@code now}, locked and skipped by
     * any other transaction doing the same (two replicas each take different ones).
     */
    List<Redemption> lockExpired(Instant now, int limit);

    /** Inserts or updates (optimistically) and hands the registered events to the outbox. */
    void save(Redemption redemption);

    /** Remembers that the customer has a paid order (for first-order coupons); idempotent. */
    void recordPaidOrder(UUID customerId, UUID orderId);
}
