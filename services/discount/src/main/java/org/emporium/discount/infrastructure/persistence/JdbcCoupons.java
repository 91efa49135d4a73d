package org.emporium.discount.infrastructure.persistence;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.emporium.discount.domain.Coupon;
import org.emporium.discount.domain.CouponCode;
import org.emporium.discount.domain.CouponId;
import org.emporium.discount.domain.Coupons;
import org.emporium.discount.domain.DiscountErrors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Coupons in one row each; restrictions as UUID arrays. Updates are optimistic (version). */
@Repository
class JdbcCoupons implements Coupons {
    private final JdbcClient jdbc;

    JdbcCoupons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Coupon> byId(CouponId id) {
        return jdbc.sql("SELECT " + CouponRows.COLUMNS + " FROM coupons c WHERE c.id = :id")
                .param("id", id.value())
                .query((rs, n) -> CouponRows.coupon(rs))
                .optional();
    }

    @Override
    public Optional<Coupon> byCode(CouponCode code) {
        return jdbc.sql("SELECT " + CouponRows.COLUMNS + " FROM coupons c WHERE c.code = :code")
                .param("code", code.value())
                .query((rs, n) -> CouponRows.coupon(rs))
                .optional();
    }

    @Override
    public Optional<Coupon> lockedByCode(CouponCode code) {
        return jdbc.sql("SELECT " + CouponRows.COLUMNS + " FROM coupons c WHERE c.code = :code FOR UPDATE")
                .param("code", code.value())
                .query((rs, n) -> CouponRows.coupon(rs))
                .optional();
    }

    @Override
    public void save(Coupon coupon) {
        try {
            if (coupon.isNew()) {
                insert(coupon);
            } else {
                update(coupon);
            }
        } catch (DuplicateKeyException e) {
            throw DiscountErrors.codeTaken(coupon.code());
        }
    }

    private void insert(Coupon coupon) {
        jdbc.sql("""
                        INSERT INTO coupons (id, code, description, kind, value, currency, valid_from, valid_until,
                            minimum_amount, max_redemptions, max_per_customer, category_ids, product_ids,
                            first_order_only, active, created_at, updated_at, version)
                        VALUES (:id, :code, :description, :kind, :value, :currency, :validFrom, :validUntil,
                            :minimum, :maxRedemptions, :maxPerCustomer, CAST(:categories AS uuid[]), CAST(:products AS uuid[]), :firstOrderOnly,
                            :active, :createdAt, :updatedAt, 0)""")
                .param("id", coupon.id().value())
                .param("code", coupon.code().value())
                .params(terms(coupon))
                .param("createdAt", Timestamp.from(coupon.createdAt()))
                .update();
    }

    private void update(Coupon coupon) {
        int updated = jdbc.sql("""
                        UPDATE coupons SET description = :description, kind = :kind, value = :value,
                            currency = :currency, valid_from = :validFrom, valid_until = :validUntil,
                            minimum_amount = :minimum, max_redemptions = :maxRedemptions,
                            max_per_customer = :maxPerCustomer, category_ids = CAST(:categories AS uuid[]),
                            product_ids = CAST(:products AS uuid[]),
                            first_order_only = :firstOrderOnly, active = :active, updated_at = :updatedAt,
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", coupon.id().value())
                .param("version", coupon.version())
                .params(terms(coupon))
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Coupon " + coupon.id() + " was changed concurrently");
        }
    }

    private static java.util.Map<String, Object> terms(Coupon coupon) {
        var t = coupon.terms();
        var map = new java.util.HashMap<String, Object>();
        map.put("description", t.description());
        map.put("kind", t.kind().name());
        map.put("value", t.value());
        map.put("currency", t.currency() == null ? null : t.currency().getCurrencyCode());
        map.put("validFrom", Timestamp.from(t.validFrom()));
        map.put("validUntil", t.validUntil() == null ? null : Timestamp.from(t.validUntil()));
        map.put("minimum", t.minimumAmount());
        map.put("maxRedemptions", t.maxRedemptions());
        map.put("maxPerCustomer", t.maxPerCustomer());
        map.put("categories", array(t.categoryIds()));
        map.put("products", array(t.productIds()));
        map.put("firstOrderOnly", t.firstOrderOnly());
        map.put("active", coupon.active());
        map.put("updatedAt", Timestamp.from(coupon.updatedAt()));
        return map;
    }

    /** A PostgreSQL array literal: an array parameter would be expanded into a list by named parameters. */
    private static String array(java.util.Set<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    @Override
    public void delete(Coupon coupon) {
        try {
            jdbc.sql("DELETE FROM coupons WHERE id = :id AND version = :version")
                    .param("id", coupon.id().value())
                    .param("version", coupon.version())
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw DiscountErrors.couponInUse(coupon.id());
        }
    }
}
