package org.emporium.discount.infrastructure.messaging;

import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.discount.CouponRedeemed;
import org.emporium.contracts.discount.CouponReleased;
import org.emporium.discount.domain.RedemptionEvent;

/** The one place where discount's domain events become the published {@code discount.*} contracts. */
public final class ContractEvents {
    private ContractEvents() {}

    public static IntegrationEvent of(RedemptionEvent event) {
        return switch (event) {
            case RedemptionEvent.CouponRedeemed e ->
                new CouponRedeemed(
                        e.orderId(),
                        e.couponId().value(),
                        e.code().value(),
                        e.customerId(),
                        e.currency(),
                        e.discount(),
                        e.occurredAt());
            case RedemptionEvent.CouponReleased e ->
                new CouponReleased(
                        e.orderId(),
                        e.couponId().value(),
                        e.code().value(),
                        e.customerId(),
                        e.reason(),
                        e.occurredAt());
        };
    }
}
