package org.emporium.discount.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.emporium.discount.application.CouponView;
import org.emporium.discount.application.CouponViews;
import org.emporium.discount.application.RedemptionView;
import org.emporium.discount.domain.Redemption;
import org.emporium.platform.core.PageView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Coupon and redemption views straight from the tables, with each coupon's count of active redemptions. */
@Repository
class JdbcCouponViews implements CouponViews {
    private static final String SELECT = "SELECT " + CouponRows.COLUMNS + """
            , c.active_redemptions AS in_use
            FROM coupons c""";
    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcCouponViews(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<CouponView> byId(UUID id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id")
                .param("id", id)
                .query(JdbcCouponViews::coupon)
                .optional();
    }

    @Override
    public PageView<CouponView> find(
            @Nullable Boolean active,
            @Nullable Boolean expired,
            @Nullable String codePrefix,
            Instant now,
            int page,
            int size) {
        var where = " " + """
                 WHERE (CAST(:active AS boolean) IS NULL OR c.active = :active)
                   AND (CAST(:expired AS boolean) IS NULL
                        OR (c.valid_until IS NOT NULL AND c.valid_until <= :now) = :expired)
                   AND (CAST(:prefix AS text) IS NULL OR c.code LIKE :prefix || '%')""";
        var items = jdbc.sql(SELECT + where + " ORDER BY c.code LIMIT :limit OFFSET :offset")
                .param("active", active)
                .param("expired", expired)
                .param("prefix", codePrefix)
                .param("now", Timestamp.from(now))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(JdbcCouponViews::coupon)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM coupons c" + where)
                .param("active", active)
                .param("expired", expired)
                .param("prefix", codePrefix)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        return PageView.of(items, page, size, total);
    }

    @Override
    public PageView<RedemptionView> redemptions(UUID couponId, int page, int size) {
        var items = jdbc.sql("SELECT " + JdbcRedemptions.COLUMNS
                        + " FROM redemptions WHERE coupon_id = :coupon ORDER BY reserved_at DESC, order_id"
                        + " LIMIT :limit OFFSET :offset")
                .param("coupon", couponId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(this::redemptionRow)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM redemptions WHERE coupon_id = :coupon")
                .param("coupon", couponId)
                .query(Long.class)
                .single();
        return PageView.of(items, page, size, total);
    }

    @Override
    public Optional<RedemptionView> redemption(UUID orderId) {
        return jdbc.sql("SELECT " + JdbcRedemptions.COLUMNS + " FROM redemptions WHERE order_id = :order")
                .param("order", orderId)
                .query(this::redemptionRow)
                .optional();
    }

    private RedemptionView redemptionRow(ResultSet rs, int n) throws SQLException {
        var quote = json.readValue(rs.getString("quote"), QuoteJson.class).quote();
        return view(
                rs.getObject("order_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getString("code"),
                rs.getString("state"),
                quote,
                rs.getTimestamp("reserved_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant());
    }

    static RedemptionView view(
            UUID orderId,
            UUID customerId,
            String code,
            String state,
            org.emporium.discount.domain.Quote quote,
            Instant reservedAt,
            Instant expiresAt) {
        return new RedemptionView(
                orderId,
                customerId,
                code,
                state,
                quote.currency().getCurrencyCode(),
                quote.discount(),
                quote.total(),
                quote.allocations().stream()
                        .map(a -> new RedemptionView.AllocationView(a.productId(), a.discount()))
                        .toList(),
                reservedAt,
                expiresAt);
    }

    static RedemptionView view(Redemption r) {
        return view(
                r.orderId(),
                r.customerId(),
                r.code().value(),
                r.state().name(),
                r.quote(),
                r.reservedAt(),
                r.expiresAt());
    }

    private static CouponView coupon(ResultSet rs, int n) throws SQLException {
        var coupon = CouponRows.coupon(rs);
        var t = coupon.terms();
        return new CouponView(
                coupon.id().value(),
                coupon.code().value(),
                t.description(),
                t.kind().name(),
                t.value(),
                t.currency() == null ? null : t.currency().getCurrencyCode(),
                t.validFrom(),
                t.validUntil(),
                t.minimumAmount(),
                t.maxRedemptions(),
                t.maxPerCustomer(),
                t.categoryIds().stream().sorted(Comparator.naturalOrder()).toList(),
                t.productIds().stream().sorted(Comparator.naturalOrder()).toList(),
                t.firstOrderOnly(),
                coupon.active(),
                rs.getLong("in_use"),
                coupon.createdAt(),
                coupon.updatedAt(),
                coupon.version());
    }
}
