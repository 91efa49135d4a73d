package org.emporium.ordering.application;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One order as its owner and admins read it, straight from SQL; {@code version} is the ETag.
 *
 * @param cancelNote the note sent with the cancellation, as sent (JSON-escaped like any string)
 * @param stockShortfalls for an order catalog rejected: which lines could not be reserved and why; else empty
 */
public record OrderView(
        UUID id,
        UUID customerId,
        String status,
        String currency,
        BigDecimal subtotal,
        BigDecimal discount,
        BigDecimal total,
        @Nullable String couponCode,
        List<LineView> lines,
        AddressView shippingAddress,
        List<HistoryView> history,
        @Nullable PaymentView payment,
        @Nullable ShipmentView shipment,
        @Nullable String cancelReason,
        @Nullable String cancelNote,
        List<ShortfallView> stockShortfalls,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant expiresAt,
        @JsonIgnore long version) {

    public record LineView(
            UUID productId,
            String productName,
            @Nullable UUID categoryId,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal lineTotal,
            BigDecimal discount) {}

    public record AddressView(
            String name, String line1, @Nullable String line2, String postalCode, String city, String country) {}

    public record HistoryView(
            int sequence,
            @Nullable String from,
            String to,
            @Nullable String reason,
            String actor,
            Instant at) {}

    /** A line catalog could not reserve: {@code reason} is catalog's code (e.g. {@code INSUFFICIENT_STOCK}). */
    public record ShortfallView(
            UUID productId, @Nullable String productName, int requested, int available, String reason) {}

    /** {@code status}: {@code PAID}, {@code REFUND_PENDING} (cancelled, refund not recorded yet) or {@code REFUNDED}. */
    public record PaymentView(
            String status,
            String cardLast4,
            String providerReference,
            Instant paidAt,
            @Nullable Instant refundedAt) {}

    public record ShipmentView(
            String carrier,
            String trackingNumber,
            Instant shippedAt,
            @Nullable Instant deliveredAt) {}
}
