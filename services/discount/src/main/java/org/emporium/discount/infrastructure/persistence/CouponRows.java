package org.emporium.discount.infrastructure.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.Set;
import java.util.UUID;
import org.emporium.discount.domain.Coupon;
import org.emporium.discount.domain.CouponCode;
import org.emporium.discount.domain.CouponId;
import org.emporium.discount.domain.CouponKind;
import org.emporium.discount.domain.CouponTerms;

/** Reads a {@code coupons} row (every column) into the aggregate. */
final class CouponRows {
    static final String COLUMNS = """
            c.id, c.code, c.description, c.kind, c.value, c.currency, c.valid_from, c.valid_until, c.minimum_amount,
            c.max_redemptions, c.max_per_customer, c.category_ids, c.product_ids, c.first_order_only, c.active,
            c.created_at, c.updated_at, c.version""";

    private CouponRows() {}

    static Coupon coupon(ResultSet rs) throws SQLException {
        var currency = rs.getString("currency");
        var terms = new CouponTerms(
                rs.getString("description"),
                CouponKind.valueOf(rs.getString("kind")),
                rs.getBigDecimal("value").stripTrailingZeros(),
                currency == null ? null : Currency.getInstance(currency),
                rs.getTimestamp("valid_from").toInstant(),
                rs.getTimestamp("valid_until") == null
                        ? null
                        : rs.getTimestamp("valid_until").toInstant(),
                rs.getBigDecimal("minimum_amount") == null
                        ? null
                        : rs.getBigDecimal("minimum_amount").stripTrailingZeros(),
                (Integer) rs.getObject("max_redemptions"),
                (Integer) rs.getObject("max_per_customer"),
                uuids(rs.getArray("category_ids")),
                uuids(rs.getArray("product_ids")),
                rs.getBoolean("first_order_only"));
        return Coupon.restore(
                new CouponId(rs.getObject("id", UUID.class)),
                new CouponCode(rs.getString("code")),
                terms,
                rs.getBoolean("active"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return Set.of((UUID[]) array.getArray());
    }
}
