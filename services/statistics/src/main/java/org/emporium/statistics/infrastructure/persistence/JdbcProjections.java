package org.emporium.statistics.infrastructure.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.catalog.ProductCreated;
import org.emporium.contracts.catalog.ProductDeleted;
import org.emporium.contracts.catalog.ProductUpdated;
import org.emporium.contracts.catalog.StockReleased;
import org.emporium.contracts.catalog.StockReserved;
import org.emporium.contracts.comment.ReviewPublished;
import org.emporium.contracts.comment.ReviewRemoved;
import org.emporium.contracts.discount.CouponRedeemed;
import org.emporium.contracts.discount.CouponReleased;
import org.emporium.contracts.identity.UserRegistered;
import org.emporium.contracts.ordering.OrderCancelled;
import org.emporium.contracts.ordering.OrderPlaced;
import org.emporium.contracts.ordering.OrderStatusChanged;
import org.emporium.statistics.application.Projections;
import org.emporium.statistics.domain.OrderProgress;
import org.emporium.statistics.infrastructure.config.StatisticsProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The projections as SQL upserts; a day is the shop's day ({@code emporium.statistics.zone}) of the event's time. */
@Repository
class JdbcProjections implements Projections {
    private static final String TABLES = "order_state, sales_daily, product_daily, category_daily, customer_daily,"
            + " coupon_orders, coupon_daily, coupon_discount_daily, signups, review_daily, product_rating,"
            + " catalog_products";
    private final JdbcClient jdbc;
    private final StatisticsProperties properties;

    JdbcProjections(JdbcClient jdbc, StatisticsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * Empties the projections for a rebuild, inside the rebuild's transaction. {@code DELETE}, not {@code TRUNCATE}:
     * TRUNCATE's exclusive lock would block every report until the rebuild commits, while after DELETE readers keep
     * seeing the old rows (MVCC). The SHARE lock on the log holds back live ingestion (its insert into the log waits)
     * until the rebuild commits, so no event is applied both live and by the replay.
     */
    @Override
    public void reset() {
        jdbc.sql("LOCK TABLE consumed_events IN SHARE MODE").update();
        for (var table : TABLES.split(",")) {
            jdbc.sql("DELETE FROM " + table.strip()).update();
        }
    }

    @Override
    public void apply(IntegrationEvent event) {
        switch (event) {
            case OrderStatusChanged changed -> statusChanged(changed);
            case OrderPlaced placed -> placed(placed);
            case OrderCancelled cancelled -> cancelled(cancelled);
            case UserRegistered registered ->
                jdbc.sql("INSERT INTO signups (user_id, day) VALUES (:id, :day) ON CONFLICT DO NOTHING")
                        .param("id", registered.userId())
                        .param("day", day(registered.registeredAt()))
                        .update();
            case ProductCreated created -> productCreated(created);
            case ProductUpdated updated -> productUpdated(updated);
            case ProductDeleted deleted ->
                jdbc.sql("""
                                INSERT INTO catalog_products (product_id, name, status, stock, version, deleted)
                                VALUES (:id, '', 'DELETED', 0, 0, true)
                                ON CONFLICT (product_id) DO UPDATE SET deleted = true""").param("id", deleted.productId()).update();
            case StockReserved reserved -> reserved.lines().forEach(line -> stock(line.productId(), -line.quantity()));
            case StockReleased released -> released.lines().forEach(line -> stock(line.productId(), line.quantity()));
            case CouponRedeemed redeemed -> couponRedeemed(redeemed);
            case CouponReleased released ->
                jdbc.sql("""
                                INSERT INTO coupon_daily (day, code, releases) VALUES (:day, :code, 1)
                                ON CONFLICT (day, code) DO UPDATE SET releases = coupon_daily.releases + 1""")
                        .param("day", day(released.occurredAt()))
                        .param("code", released.code())
                        .update();
            case ReviewPublished published -> {
                review(published.productId(), published.occurredAt(), 1, 0, published.rating());
                rating(
                        published.productId(),
                        published.averageRating(),
                        published.reviewCount(),
                        published.ratingVersion());
            }
            case ReviewRemoved removed -> {
                review(removed.productId(), removed.occurredAt(), 0, 1, 0);
                rating(removed.productId(), removed.averageRating(), removed.reviewCount(), removed.ratingVersion());
            }
            default -> {}
        }
    }

    private void statusChanged(OrderStatusChanged event) {
        var bit = OrderProgress.bit(event.to());
        if (bit == 0) {
            return;
        }
        var totals = event.totals();
        jdbc.sql("""
                        INSERT INTO order_state (order_id, customer_id, currency) VALUES (:id, :customer, :currency)
                        ON CONFLICT (order_id) DO UPDATE SET customer_id = excluded.customer_id,
                            currency = excluded.currency""")
                .param("id", event.orderId())
                .param("customer", event.customerId())
                .param("currency", totals.currency())
                .update();
        var first = jdbc.sql("""
                        UPDATE order_state SET statuses = statuses | :bit,
                            status = CASE WHEN :seq > last_sequence THEN :to ELSE status END,
                            last_sequence = greatest(last_sequence, :seq),
                            subtotal = :subtotal, discount = :discount, total = :total,
                            coupon_code = coalesce(coupon_code, :coupon)
                        WHERE order_id = :id AND statuses & :bit = 0""")
                        .param("id", event.orderId())
                        .param("bit", bit)
                        .param("seq", event.historySequence())
                        .param("to", event.to())
                        .param("subtotal", totals.subtotal())
                        .param("discount", totals.discount())
                        .param("total", totals.total())
                        .param("coupon", totals.couponCode())
                        .update()
                == 1;
        if (!first) {
            return;
        }
        var day = day(event.occurredAt());
        var currency = totals.currency();
        var column = switch (event.to()) {
            case "PENDING" -> "placed";
            case "AWAITING_PAYMENT" -> "awaiting_payment";
            case "PAID" -> "paid";
            case "SHIPPED" -> "shipped";
            case "DELIVERED" -> "delivered";
            case "CANCELLED" -> "cancelled";
            default -> "expired";
        };
        var paid = "PAID".equals(event.to());
        var refund = "CANCELLED".equals(event.to()) && event.from() != null && OrderProgress.refunds(event.from());
        jdbc.sql("INSERT INTO sales_daily (day, currency, " + column + ", gross, discount, net, refunded)"
                        + " VALUES (:day, :currency, 1, :gross, :discount, :net, :refunded)"
                        + " ON CONFLICT (day, currency) DO UPDATE SET " + column + " = sales_daily." + column
                        + " + 1, gross = sales_daily.gross + excluded.gross,"
                        + " discount = sales_daily.discount + excluded.discount, net = sales_daily.net + excluded.net,"
                        + " refunded = sales_daily.refunded + excluded.refunded")
                .param("day", day)
                .param("currency", currency)
                .param("gross", paid ? totals.subtotal() : BigDecimal.ZERO)
                .param("discount", paid ? totals.discount() : BigDecimal.ZERO)
                .param("net", paid ? totals.total() : BigDecimal.ZERO)
                .param("refunded", refund ? totals.total() : BigDecimal.ZERO)
                .update();
        if (!paid) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO customer_daily (day, customer_id, paid_orders) VALUES (:day, :customer, 1)
                        ON CONFLICT (day, customer_id) DO UPDATE SET paid_orders = customer_daily.paid_orders + 1""").param("day", day).param("customer", event.customerId()).update();
        for (var line : event.lines()) {
            jdbc.sql("""
                            INSERT INTO product_daily (day, product_id, currency, name, units, revenue)
                            VALUES (:day, :product, :currency, :name, :units, :revenue)
                            ON CONFLICT (day, product_id, currency) DO UPDATE SET name = excluded.name,
                                units = product_daily.units + excluded.units,
                                revenue = product_daily.revenue + excluded.revenue""")
                    .param("day", day)
                    .param("product", line.productId())
                    .param("currency", currency)
                    .param("name", line.productName())
                    .param("units", line.quantity())
                    .param("revenue", line.lineTotal())
                    .update();
            if (line.categoryId() != null) {
                jdbc.sql("""
                                INSERT INTO category_daily (day, category_id, currency, units, revenue)
                                VALUES (:day, :category, :currency, :units, :revenue)
                                ON CONFLICT (day, category_id, currency) DO UPDATE SET
                                    units = category_daily.units + excluded.units,
                                    revenue = category_daily.revenue + excluded.revenue""")
                        .param("day", day)
                        .param("category", line.categoryId())
                        .param("currency", currency)
                        .param("units", line.quantity())
                        .param("revenue", line.lineTotal())
                        .update();
            }
        }
    }

    /** Not counted (the PENDING transition is): remembers the customer and coupon of the order. */
    private void placed(OrderPlaced event) {
        jdbc.sql("""
                        INSERT INTO order_state (order_id, customer_id, coupon_code) VALUES (:id, :customer, :coupon)
                        ON CONFLICT (order_id) DO UPDATE SET
                            coupon_code = coalesce(order_state.coupon_code, excluded.coupon_code)""")
                .param("id", event.orderId())
                .param("customer", event.customerId())
                .param("coupon", event.couponCode())
                .update();
    }

    /** Not counted (the CANCELLED transition is): remembers why. */
    private void cancelled(OrderCancelled event) {
        jdbc.sql("""
                        INSERT INTO order_state (order_id, cancel_reason) VALUES (:id, :reason)
                        ON CONFLICT (order_id) DO UPDATE SET cancel_reason = excluded.cancel_reason""")
                .param("id", event.orderId())
                .param("reason", event.reason())
                .update();
    }

    private void productCreated(ProductCreated event) {
        jdbc.sql("""
                        INSERT INTO catalog_products (product_id, name, category_id, status, stock, version)
                        VALUES (:id, :name, :category, :status, :stock, 0) ON CONFLICT (product_id) DO NOTHING""")
                .param("id", event.productId())
                .param("name", event.name())
                .param("category", event.categoryId())
                .param("status", event.status())
                .param("stock", event.stock())
                .update();
    }

    private void productUpdated(ProductUpdated event) {
        jdbc.sql("""
                        INSERT INTO catalog_products (product_id, name, category_id, status, stock, version)
                        VALUES (:id, :name, :category, :status, :stock, :version)
                        ON CONFLICT (product_id) DO UPDATE SET name = excluded.name,
                            category_id = excluded.category_id, status = excluded.status, stock = excluded.stock,
                            version = excluded.version
                        WHERE catalog_products.version < excluded.version AND NOT catalog_products.deleted""")
                .param("id", event.productId())
                .param("name", event.name())
                .param("category", event.categoryId())
                .param("status", event.status())
                .param("stock", event.stock())
                .param("version", event.productVersion())
                .update();
    }

    private void stock(UUID product, int delta) {
        jdbc.sql("UPDATE catalog_products SET stock = stock + :delta WHERE product_id = :id")
                .param("id", product)
                .param("delta", delta)
                .update();
    }

    private void couponRedeemed(CouponRedeemed event) {
        var first = jdbc.sql("INSERT INTO coupon_orders (order_id, code) VALUES (:id, :code) ON CONFLICT DO NOTHING")
                        .param("id", event.orderId())
                        .param("code", event.code())
                        .update()
                == 1;
        if (!first) {
            return;
        }
        var day = day(event.occurredAt());
        jdbc.sql("""
                        INSERT INTO coupon_daily (day, code, redemptions) VALUES (:day, :code, 1)
                        ON CONFLICT (day, code) DO UPDATE SET redemptions = coupon_daily.redemptions + 1""").param("day", day).param("code", event.code()).update();
        jdbc.sql("""
                        INSERT INTO coupon_discount_daily (day, code, currency, discount)
                        VALUES (:day, :code, :currency, :discount)
                        ON CONFLICT (day, code, currency) DO UPDATE SET
                            discount = coupon_discount_daily.discount + excluded.discount""")
                .param("day", day)
                .param("code", event.code())
                .param("currency", event.currency())
                .param("discount", event.discount())
                .update();
    }

    private void review(UUID product, Instant at, int published, int removed, int rating) {
        jdbc.sql("""
                        INSERT INTO review_daily (day, product_id, published, removed, rating_sum)
                        VALUES (:day, :product, :published, :removed, :rating)
                        ON CONFLICT (day, product_id) DO UPDATE SET
                            published = review_daily.published + excluded.published,
                            removed = review_daily.removed + excluded.removed,
                            rating_sum = review_daily.rating_sum + excluded.rating_sum""")
                .param("day", day(at))
                .param("product", product)
                .param("published", published)
                .param("removed", removed)
                .param("rating", rating)
                .update();
    }

    private void rating(UUID product, BigDecimal average, int count, long version) {
        jdbc.sql("""
                        INSERT INTO product_rating (product_id, average, review_count, version)
                        VALUES (:product, :average, :count, :version)
                        ON CONFLICT (product_id) DO UPDATE SET average = excluded.average,
                            review_count = excluded.review_count, version = excluded.version
                        WHERE product_rating.version < excluded.version""")
                .param("product", product)
                .param("average", average)
                .param("count", count)
                .param("version", version)
                .update();
    }

    private Date day(Instant instant) {
        return Date.valueOf(LocalDate.ofInstant(instant, properties.zone()));
    }
}
