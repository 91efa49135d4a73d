package org.emporium.statistics.infrastructure.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The projections as SQL; a day is the shop's day ({@code emporium.statistics.zone}) of the event's time.
 *
 * <p>A list of events is applied with a few multi-row statements per table, not several statements per event: the
 * orders it touches are locked and read once ({@code SELECT … FOR UPDATE}), the once-only keys (coupon redemptions
 * and releases per order and code, review changes per product and rating version) are claimed with one {@code INSERT
 * … ON CONFLICT DO NOTHING RETURNING} per table, then the events are applied in order in memory — the same rules as
 * one at a time — and the counters they add are folded into one delta per row and written with one upsert per table
 * ({@code counter = counter + excluded.counter}). Catalog events (rare, and each depending on the one before) are
 * still written one statement each, in their place.
 */
@Repository
class JdbcProjections implements Projections {
    private static final String TABLES = "order_state, sales_daily, product_daily, product_monthly, category_daily,"
            + " category_monthly, customer_daily, coupon_orders, coupon_releases, coupon_daily, coupon_discount_daily,"
            + " signups, review_changes, review_daily, product_rating, catalog_products";
    /** Bind parameters per statement, below the driver's limit of 32,767. */
    private static final int MAX_PARAMETERS = 30_000;

    private static final List<String> SALES_COUNTERS =
            List.of("placed", "awaiting_payment", "paid", "shipped", "delivered", "cancelled", "expired");

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
    public void apply(List<IntegrationEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        var orders = lockOrders(events);
        var redemptions = claim(
                "coupon_orders (order_id, code)",
                "order_id, code",
                events.stream()
                        .filter(CouponRedeemed.class::isInstance)
                        .map(event -> key(((CouponRedeemed) event).orderId(), ((CouponRedeemed) event).code()))
                        .toList());
        var releases = claim(
                "coupon_releases (order_id, code)",
                "order_id, code",
                events.stream()
                        .filter(CouponReleased.class::isInstance)
                        .map(event -> key(((CouponReleased) event).orderId(), ((CouponReleased) event).code()))
                        .toList());
        var reviewChanges = claim(
                "review_changes (product_id, rating_version)",
                "product_id, rating_version",
                events.stream()
                        .map(JdbcProjections::reviewChange)
                        .filter(key -> key != null)
                        .toList());
        var deltas = new Deltas();
        for (var event : events) {
            switch (event) {
                case OrderStatusChanged changed -> statusChanged(changed, orders, deltas);
                case OrderPlaced placed -> orders.get(placed.orderId()).placed(placed);
                case OrderCancelled cancelled -> orders.get(cancelled.orderId()).cancelled(cancelled);
                case UserRegistered registered ->
                    deltas.signups.putIfAbsent(registered.userId(), day(registered.registeredAt()));
                case ProductCreated created -> productCreated(created);
                case ProductUpdated updated -> productUpdated(updated);
                case ProductDeleted deleted ->
                    jdbc.sql("""
                                    INSERT INTO catalog_products (product_id, name, status, stock, version, deleted)
                                    VALUES (:id, '', 'DELETED', 0, 0, true)
                                    ON CONFLICT (product_id) DO UPDATE SET deleted = true""").param("id", deleted.productId()).update();
                case StockReserved reserved ->
                    reserved.lines().forEach(line -> stock(line.productId(), -line.quantity()));
                case StockReleased released ->
                    released.lines().forEach(line -> stock(line.productId(), line.quantity()));
                case CouponRedeemed redeemed -> {
                    if (redemptions.remove(key(redeemed.orderId(), redeemed.code()))) {
                        var day = day(redeemed.occurredAt());
                        deltas.coupon(day, redeemed.code())[0]++;
                        deltas.couponDiscounts.merge(
                                new Key(day, redeemed.code(), redeemed.currency()),
                                scaled(redeemed.discount()),
                                BigDecimal::add);
                    }
                }
                case CouponReleased released -> {
                    if (releases.remove(key(released.orderId(), released.code()))) {
                        deltas.coupon(day(released.occurredAt()), released.code())[1]++;
                    }
                }
                case ReviewPublished published -> {
                    if (reviewChanges.remove(reviewChange(published))) {
                        deltas.review(published.productId(), day(published.occurredAt()), 1, 0, published.rating());
                    }
                    deltas.rating(
                            published.productId(),
                            published.averageRating(),
                            published.reviewCount(),
                            published.ratingVersion());
                }
                case ReviewRemoved removed -> {
                    if (reviewChanges.remove(reviewChange(removed))) {
                        deltas.review(removed.productId(), day(removed.occurredAt()), 0, 1, 0);
                    }
                    deltas.rating(
                            removed.productId(),
                            removed.averageRating(),
                            removed.reviewCount(),
                            removed.ratingVersion());
                }
                default -> {}
            }
        }
        writeOrders(orders.values());
        deltas.write();
    }

    /**
     * The orders the events change, each locked for this transaction: a missing one is inserted empty first (so a
     * concurrent batch of the same order waits for this one instead of both starting from nothing) and remembered as
     * new, so that the first event writes it as its own insert would have.
     */
    private Map<UUID, OrderRow> lockOrders(List<IntegrationEvent> events) {
        var ids = new LinkedHashSet<UUID>();
        for (var event : events) {
            switch (event) {
                case OrderStatusChanged changed when OrderProgress.bit(changed.to()) != 0 -> ids.add(changed.orderId());
                case OrderPlaced placed -> ids.add(placed.orderId());
                case OrderCancelled cancelled -> ids.add(cancelled.orderId());
                default -> {}
            }
        }
        var orders = new HashMap<UUID, OrderRow>();
        if (ids.isEmpty()) {
            return orders;
        }
        var list = ids.stream().sorted().toList();
        var fresh = new HashSet<UUID>();
        for (var chunk : chunks(list, MAX_PARAMETERS)) {
            fresh.addAll(jdbc.sql("INSERT INTO order_state (order_id) VALUES " + rows(chunk.size(), "(?)")
                            + " ON CONFLICT DO NOTHING RETURNING order_id")
                    .params(chunk)
                    .query((rs, n) -> rs.getObject(1, UUID.class))
                    .list());
            jdbc.sql("SELECT order_id, customer_id, currency, statuses, last_sequence, status, subtotal, discount,"
                            + " total, coupon_code, cancel_reason FROM order_state WHERE order_id IN ("
                            + rows(chunk.size(), "?") + ") FOR UPDATE")
                    .params(chunk)
                    .query(rs -> {
                        var row = new OrderRow(rs.getObject("order_id", UUID.class));
                        row.customer = rs.getObject("customer_id", UUID.class);
                        row.currency = rs.getString("currency");
                        row.statuses = rs.getInt("statuses");
                        row.lastSequence = rs.getInt("last_sequence");
                        row.status = rs.getString("status");
                        row.subtotal = rs.getBigDecimal("subtotal");
                        row.discount = rs.getBigDecimal("discount");
                        row.total = rs.getBigDecimal("total");
                        row.coupon = rs.getString("coupon_code");
                        row.cancelReason = rs.getString("cancel_reason");
                        orders.put(row.id, row);
                    });
        }
        fresh.forEach(id -> orders.get(id).fresh = true);
        return orders;
    }

    /**
     * A transition counts when its status's bit is not set yet; the order's customer and currency are taken from every
     * transition, its totals from the counted ones.
     */
    private void statusChanged(OrderStatusChanged event, Map<UUID, OrderRow> orders, Deltas deltas) {
        var bit = OrderProgress.bit(event.to());
        if (bit == 0) {
            return;
        }
        var order = orders.get(event.orderId());
        var totals = event.totals();
        order.fresh = false;
        order.customer = event.customerId();
        order.currency = totals.currency();
        if ((order.statuses & bit) != 0) {
            return;
        }
        order.statuses |= bit;
        if (event.historySequence() > order.lastSequence) {
            order.status = event.to();
        }
        order.lastSequence = Math.max(order.lastSequence, event.historySequence());
        order.subtotal = totals.subtotal();
        order.discount = totals.discount();
        order.total = totals.total();
        if (order.coupon == null) {
            order.coupon = totals.couponCode();
        }
        var day = day(event.occurredAt());
        var currency = totals.currency();
        var paid = "PAID".equals(event.to());
        var refund = "CANCELLED".equals(event.to()) && event.from() != null && OrderProgress.refunds(event.from());
        var sales = deltas.sales.computeIfAbsent(new Key(day, currency, null), key -> new SalesDelta());
        sales.counts[OrderProgress.STATUSES.indexOf(event.to())]++;
        if (paid) {
            sales.gross = sales.gross.add(scaled(totals.subtotal()));
            sales.discount = sales.discount.add(scaled(totals.discount()));
            sales.net = sales.net.add(scaled(totals.total()));
        }
        if (refund) {
            sales.refunded = sales.refunded.add(scaled(totals.total()));
        }
        if (!paid) {
            return;
        }
        deltas.customers.merge(new Key(day, event.customerId(), null), 1, Integer::sum);
        var month = day.withDayOfMonth(1);
        for (var line : event.lines()) {
            var revenue = scaled(line.lineTotal());
            deltas.products(day, line.productId(), currency).add(line.productName(), line.quantity(), revenue);
            deltas.productMonths(month, line.productId(), currency).add(null, line.quantity(), revenue);
            if (line.categoryId() != null) {
                deltas.categories(day, line.categoryId(), currency).add(null, line.quantity(), revenue);
                deltas.categoryMonths(month, line.categoryId(), currency).add(null, line.quantity(), revenue);
            }
        }
    }

    private void writeOrders(Iterable<OrderRow> orders) {
        var rows = new ArrayList<Object[]>();
        for (var order : orders) {
            rows.add(new Object[] {
                order.id,
                nullable(order.customer, Types.OTHER),
                nullable(order.currency, Types.VARCHAR),
                order.statuses,
                order.lastSequence,
                nullable(order.status, Types.VARCHAR),
                nullable(order.subtotal, Types.NUMERIC),
                nullable(order.discount, Types.NUMERIC),
                nullable(order.total, Types.NUMERIC),
                nullable(order.coupon, Types.VARCHAR),
                nullable(order.cancelReason, Types.VARCHAR)
            });
        }
        upsert(
                "INSERT INTO order_state (order_id, customer_id, currency, statuses, last_sequence, status, subtotal,"
                        + " discount, total, coupon_code, cancel_reason)",
                "ON CONFLICT (order_id) DO UPDATE SET customer_id = excluded.customer_id,"
                        + " currency = excluded.currency, statuses = excluded.statuses,"
                        + " last_sequence = excluded.last_sequence, status = excluded.status,"
                        + " subtotal = excluded.subtotal, discount = excluded.discount, total = excluded.total,"
                        + " coupon_code = excluded.coupon_code, cancel_reason = excluded.cancel_reason",
                rows);
    }

    /** One order as {@code order_state} holds it, changed in memory by the batch's events and written back once. */
    private static final class OrderRow {
        final UUID id;
        /** No row existed before this batch and no event has written it yet: the next one writes it as new. */
        boolean fresh;

        @Nullable
        UUID customer;

        @Nullable
        String currency;

        int statuses;
        int lastSequence;

        @Nullable
        String status;

        @Nullable
        BigDecimal subtotal;

        @Nullable
        BigDecimal discount;

        @Nullable
        BigDecimal total;

        @Nullable
        String coupon;

        @Nullable
        String cancelReason;

        OrderRow(UUID id) {
            this.id = id;
        }

        /** Not counted (the PENDING transition is): remembers the customer (of a new order) and the coupon. */
        void placed(OrderPlaced event) {
            if (fresh) {
                customer = event.customerId();
                coupon = event.couponCode();
            } else if (coupon == null) {
                coupon = event.couponCode();
            }
            fresh = false;
        }

        /** Not counted (the CANCELLED transition is): remembers why. */
        void cancelled(OrderCancelled event) {
            cancelReason = event.reason();
            fresh = false;
        }
    }

    /** The batch's additions, one per row of each table, written with one upsert per table. */
    private final class Deltas {
        final Map<Key, SalesDelta> sales = new LinkedHashMap<>();
        final Map<Key, Sold> products = new LinkedHashMap<>();
        final Map<Key, Sold> productMonths = new LinkedHashMap<>();
        final Map<Key, Sold> categories = new LinkedHashMap<>();
        final Map<Key, Sold> categoryMonths = new LinkedHashMap<>();
        final Map<Key, Integer> customers = new LinkedHashMap<>();
        final Map<Key, int[]> coupons = new LinkedHashMap<>();
        final Map<Key, BigDecimal> couponDiscounts = new LinkedHashMap<>();
        final Map<Key, int[]> reviews = new LinkedHashMap<>();
        final Map<UUID, LocalDate> signups = new LinkedHashMap<>();
        final Map<UUID, Rating> ratings = new LinkedHashMap<>();

        Sold products(LocalDate day, UUID product, String currency) {
            return products.computeIfAbsent(new Key(day, product, currency), key -> new Sold());
        }

        Sold productMonths(LocalDate month, UUID product, String currency) {
            return productMonths.computeIfAbsent(new Key(month, product, currency), key -> new Sold());
        }

        Sold categories(LocalDate day, UUID category, String currency) {
            return categories.computeIfAbsent(new Key(day, category, currency), key -> new Sold());
        }

        Sold categoryMonths(LocalDate month, UUID category, String currency) {
            return categoryMonths.computeIfAbsent(new Key(month, category, currency), key -> new Sold());
        }

        /** Redemptions [0] and releases [1] of a code on a day. */
        int[] coupon(LocalDate day, String code) {
            return coupons.computeIfAbsent(new Key(day, code, null), key -> new int[2]);
        }

        void review(UUID product, LocalDate day, int published, int removed, int rating) {
            var counts = reviews.computeIfAbsent(new Key(day, product, null), key -> new int[3]);
            counts[0] += published;
            counts[1] += removed;
            counts[2] += rating;
        }

        /** The newest version wins (the first of equal ones, as the guarded upsert one at a time would keep it). */
        void rating(UUID product, BigDecimal average, int count, long version) {
            var known = ratings.get(product);
            if (known == null || known.version < version) {
                ratings.put(product, new Rating(average, count, version));
            }
        }

        void write() {
            var salesRows = new ArrayList<Object[]>();
            sales.forEach((key, delta) -> {
                var row = new ArrayList<Object>(List.of(Date.valueOf(key.day), key.id));
                for (var count : delta.counts) {
                    row.add(count);
                }
                row.addAll(List.of(delta.gross, delta.discount, delta.net, delta.refunded));
                salesRows.add(row.toArray());
            });
            var set = new StringBuilder();
            for (var column : SALES_COUNTERS) {
                set.append(column)
                        .append(" = sales_daily.")
                        .append(column)
                        .append(" + excluded.")
                        .append(column);
                set.append(", ");
            }
            upsert(
                    "INSERT INTO sales_daily (day, currency, " + String.join(", ", SALES_COUNTERS)
                            + ", gross, discount, net, refunded)",
                    "ON CONFLICT (day, currency) DO UPDATE SET " + set
                            + "gross = sales_daily.gross + excluded.gross,"
                            + " discount = sales_daily.discount + excluded.discount,"
                            + " net = sales_daily.net + excluded.net,"
                            + " refunded = sales_daily.refunded + excluded.refunded",
                    salesRows);
            upsert(
                    "INSERT INTO customer_daily (day, customer_id, paid_orders)",
                    "ON CONFLICT (day, customer_id) DO UPDATE SET"
                            + " paid_orders = customer_daily.paid_orders + excluded.paid_orders",
                    customers.entrySet().stream()
                            .map(entry ->
                                    new Object[] {Date.valueOf(entry.getKey().day), entry.getKey().id, entry.getValue()
                                    })
                            .toList());
            upsert(
                    "INSERT INTO product_daily (day, product_id, currency, name, units, revenue)",
                    "ON CONFLICT (day, product_id, currency) DO UPDATE SET name = excluded.name,"
                            + " units = product_daily.units + excluded.units,"
                            + " revenue = product_daily.revenue + excluded.revenue",
                    products.entrySet().stream()
                            .map(entry -> new Object[] {
                                Date.valueOf(entry.getKey().day),
                                entry.getKey().id,
                                entry.getKey().currency,
                                entry.getValue().name,
                                entry.getValue().units,
                                entry.getValue().revenue
                            })
                            .toList());
            sums("product_monthly", "month", "product_id", productMonths);
            sums("category_daily", "day", "category_id", categories);
            sums("category_monthly", "month", "category_id", categoryMonths);
            upsert(
                    "INSERT INTO coupon_daily (day, code, redemptions, releases)",
                    "ON CONFLICT (day, code) DO UPDATE SET redemptions = coupon_daily.redemptions + excluded.redemptions,"
                            + " releases = coupon_daily.releases + excluded.releases",
                    coupons.entrySet().stream()
                            .map(entry -> new Object[] {
                                Date.valueOf(entry.getKey().day),
                                entry.getKey().id,
                                entry.getValue()[0],
                                entry.getValue()[1]
                            })
                            .toList());
            upsert(
                    "INSERT INTO coupon_discount_daily (day, code, currency, discount)",
                    "ON CONFLICT (day, code, currency) DO UPDATE SET"
                            + " discount = coupon_discount_daily.discount + excluded.discount",
                    couponDiscounts.entrySet().stream()
                            .map(entry -> new Object[] {
                                Date.valueOf(entry.getKey().day),
                                entry.getKey().id,
                                entry.getKey().currency,
                                entry.getValue()
                            })
                            .toList());
            upsert(
                    "INSERT INTO signups (user_id, day)",
                    "ON CONFLICT DO NOTHING",
                    signups.entrySet().stream()
                            .map(entry -> new Object[] {entry.getKey(), Date.valueOf(entry.getValue())})
                            .toList());
            upsert(
                    "INSERT INTO review_daily (day, product_id, published, removed, rating_sum)",
                    "ON CONFLICT (day, product_id) DO UPDATE SET"
                            + " published = review_daily.published + excluded.published,"
                            + " removed = review_daily.removed + excluded.removed,"
                            + " rating_sum = review_daily.rating_sum + excluded.rating_sum",
                    reviews.entrySet().stream()
                            .map(entry -> new Object[] {
                                Date.valueOf(entry.getKey().day),
                                entry.getKey().id,
                                entry.getValue()[0],
                                entry.getValue()[1],
                                entry.getValue()[2]
                            })
                            .toList());
            upsert(
                    "INSERT INTO product_rating (product_id, average, review_count, version)",
                    "ON CONFLICT (product_id) DO UPDATE SET average = excluded.average,"
                            + " review_count = excluded.review_count, version = excluded.version"
                            + " WHERE product_rating.version < excluded.version",
                    ratings.entrySet().stream()
                            .map(entry -> new Object[] {
                                entry.getKey(),
                                entry.getValue().average,
                                entry.getValue().count,
                                entry.getValue().version
                            })
                            .toList());
        }

        /** Units and revenue per (day or month, id, currency). */
        private void sums(String table, String period, String id, Map<Key, Sold> sums) {
            upsert(
                    "INSERT INTO " + table + " (" + period + ", " + id + ", currency, units, revenue)",
                    "ON CONFLICT (" + period + ", " + id + ", currency) DO UPDATE SET units = " + table
                            + ".units + excluded.units, revenue = " + table + ".revenue + excluded.revenue",
                    sums.entrySet().stream()
                            .map(entry -> new Object[] {
                                Date.valueOf(entry.getKey().day),
                                entry.getKey().id,
                                entry.getKey().currency,
                                entry.getValue().units,
                                entry.getValue().revenue
                            })
                            .toList());
        }
    }

    /** A row of a daily or monthly table: its day (or month), the id it counts, and its currency where it has one. */
    private record Key(LocalDate day, Object id, @Nullable String currency) {}

    private static final class SalesDelta {
        final int[] counts = new int[OrderProgress.STATUSES.size()];
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
    }

    /** Units and revenue; the product's name as the last line in the batch named it. */
    private static final class Sold {
        @Nullable
        String name;

        long units;
        BigDecimal revenue = BigDecimal.ZERO;

        void add(@Nullable String lineName, int quantity, BigDecimal amount) {
            name = lineName;
            units += quantity;
            revenue = revenue.add(amount);
        }
    }

    private record Rating(BigDecimal average, int count, long version) {}

    /**
     * Claims once-only keys ({@code INSERT … ON CONFLICT DO NOTHING RETURNING}); returns those claimed now, which the
     * caller removes as the first event of each counts.
     */
    private Set<List<Object>> claim(String table, String columns, List<List<Object>> keys) {
        var claimed = new HashSet<List<Object>>();
        if (keys.isEmpty()) {
            return claimed;
        }
        var distinct = List.copyOf(new LinkedHashSet<>(keys));
        var width = distinct.getFirst().size();
        for (var chunk : chunks(distinct, MAX_PARAMETERS / width)) {
            var params = new ArrayList<Object>();
            chunk.forEach(params::addAll);
            claimed.addAll(jdbc.sql("INSERT INTO " + table + " VALUES "
                            + rows(chunk.size(), "(" + String.join(", ", Collections.nCopies(width, "?")) + ")")
                            + " ON CONFLICT DO NOTHING RETURNING " + columns)
                    .params(params)
                    .query((rs, n) -> {
                        var key = new ArrayList<Object>(width);
                        for (int i = 1; i <= width; i++) {
                            key.add(rs.getObject(i));
                        }
                        return List.copyOf(key);
                    })
                    .list());
        }
        return claimed;
    }

    private static List<Object> key(Object first, Object second) {
        return List.of(first, second);
    }

    private static @Nullable List<Object> reviewChange(IntegrationEvent event) {
        return switch (event) {
            case ReviewPublished published -> key(published.productId(), published.ratingVersion());
            case ReviewRemoved removed -> key(removed.productId(), removed.ratingVersion());
            default -> null;
        };
    }

    /** {@code head VALUES (…), (…) tail}, in chunks below the parameter limit; nothing for no rows. */
    private void upsert(String head, String tail, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var width = rows.getFirst().length;
        var row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        for (var chunk : chunks(rows, MAX_PARAMETERS / width)) {
            var params = new ArrayList<Object>(chunk.size() * width);
            chunk.forEach(values -> params.addAll(Arrays.asList(values)));
            jdbc.sql(head + " VALUES " + rows(chunk.size(), row) + " " + tail)
                    .params(params)
                    .update();
        }
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        var chunks = new ArrayList<List<T>>();
        for (int start = 0; start < list.size(); start += size) {
            chunks.add(list.subList(start, Math.min(list.size(), start + size)));
        }
        return chunks;
    }

    private static String rows(int count, String row) {
        return String.join(", ", Collections.nCopies(count, row));
    }

    /** A null with its SQL type, so the driver need not ask the server for the parameter's type. */
    private static Object nullable(@Nullable Object value, int sqlType) {
        return value == null ? new SqlParameterValue(sqlType, null) : value;
    }

    /** An amount as a {@code numeric(19, 4)} column stores it (half away from zero, as PostgreSQL rounds). */
    private static BigDecimal scaled(BigDecimal amount) {
        return amount.setScale(4, RoundingMode.HALF_UP);
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

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, properties.zone());
    }
}
