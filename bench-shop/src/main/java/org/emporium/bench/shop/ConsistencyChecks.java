package org.emporium.bench.shop;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.emporium.launcher.InfraEndpoints;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What must hold across the services after any run, read straight from each service's database (a benchmark's
 * privilege: services never read each other's tables). Each check answers its violations, empty when it holds:
 *
 * <ul>
 *   <li>{@code stock}: for every product of the run, stock + what reservations hold = the stock it was created
 *       with (a paid order keeps its reservation: reserved and sold are one figure here);
 *   <li>{@code reservations}: every order that got past PENDING and is not cancelled or expired holds exactly its
 *       lines' quantities in one reservation; a cancelled or expired order holds none; no reservation of an order
 *       ordering does not know (each order's stock movement applied once);
 *   <li>{@code coupons}: active redemptions ≤ each coupon's limit and per-customer limit, the coupon's kept count
 *       equals its rows, a paid order's coupon is redeemed, a cancelled or expired order's is released;
 *   <li>{@code orders}: no order stuck in PENDING longer than the settle time, and every order a client was told
 *       was placed (a 201) exists;
 *   <li>{@code statistics}: per status, the orders statistics counted equal the orders that reached it in
 *       ordering's history, the net revenue equals the paid orders' totals, and each order's last status agrees;
 *   <li>{@code notifications}: each order has exactly one ORDER_RECEIVED and one notification per status it
 *       reached, none twice.
 * </ul>
 *
 * The checks read whole databases, not only the run's rows (except the stock check, which needs the initial stock),
 * so they also cover what other clients did on the same platform.
 */
public final class ConsistencyChecks {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> HOLDING = Set.of("AWAITING_PAYMENT", "PAID", "SHIPPED", "DELIVERED");
    private static final Set<String> ENDED = Set.of("CANCELLED", "EXPIRED");
    private static final Set<String> PAID = Set.of("PAID", "SHIPPED", "DELIVERED");
    private static final List<String> STATUSES =
            List.of("PENDING", "AWAITING_PAYMENT", "PAID", "SHIPPED", "DELIVERED", "CANCELLED", "EXPIRED");
    private static final int SHOWN = 5;

    private final InfraEndpoints.Postgres postgres;

    public ConsistencyChecks(InfraEndpoints infra) {
        this.postgres = infra.postgres();
    }

    /**
     * The checks once against an embedded platform's PostgreSQL on {@code args[0]} (its port, from {@code
     * <data folder>/ports.properties}), without the stock check (it needs the initial stock): after an aborted run.
     */
    public static void main(String[] args) {
        var checks = new ConsistencyChecks(InfraEndpoints.embedded(Integer.parseInt(args[0]), 0, 0));
        var report = checks.run(Map.of(), java.util.List.of(), Duration.ofMinutes(2));
        System.out.print(report);
        System.exit(report.holds() ? 0 : 1);
    }

    /** The violations of every check, by check name (an empty list: it holds). */
    public record Report(Map<String, List<String>> violations) {
        public boolean holds() {
            return violations.values().stream().allMatch(List::isEmpty);
        }

        @Override
        public String toString() {
            var text = new StringBuilder();
            violations.forEach((check, found) -> text.append(String.format(
                    "  %-14s %s%n", check, found.isEmpty() ? "holds" : found.size() + " violation(s): " + found)));
            return text.toString();
        }
    }

    /** Every check once. */
    public Report run(Map<String, Integer> initialStock, Collection<String> acceptedOrders, Duration settle) {
        var result = new LinkedHashMap<String, List<String>>();
        result.put("stock", stock(initialStock));
        result.put("reservations", reservations());
        result.put("coupons", coupons());
        result.put("orders", orders(acceptedOrders, settle));
        result.put("statistics", statistics());
        result.put("notifications", notifications());
        return new Report(result);
    }

    /**
     * Runs the checks until they hold or {@code timeout} passes (events still on their way settle meanwhile); the
     * last report either way.
     */
    public Report await(
            Map<String, Integer> initialStock, Collection<String> acceptedOrders, Duration settle, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var report = run(initialStock, acceptedOrders, settle);
            if (report.holds() || System.nanoTime() > deadline) {
                return report;
            }
            ShopClient.pause(Duration.ofSeconds(2));
        }
    }

    // ---------------------------------------------------------------- the checks

    public List<String> stock(Map<String, Integer> initialStock) {
        var violations = new ArrayList<String>();
        if (initialStock.isEmpty()) {
            return violations;
        }
        try (var catalog = connect("catalog")) {
            var held = new HashMap<String, Long>();
            for (var reservation : reservationLines(catalog, "RESERVED").values()) {
                reservation.forEach((product, quantity) -> held.merge(product, quantity, Long::sum));
            }
            var stock = new HashMap<String, Long>();
            try (var statement =
                    catalog.prepareStatement("SELECT id::text, stock FROM products WHERE id::text = ANY(?)")) {
                statement.setArray(
                        1, catalog.createArrayOf("text", initialStock.keySet().toArray()));
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        stock.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            initialStock.forEach((product, initial) -> {
                if (!stock.containsKey(product)) {
                    violations.add("product " + product + " is gone");
                    return;
                }
                long sum = stock.get(product) + held.getOrDefault(product, 0L);
                if (sum != initial) {
                    violations.add("product " + product + ": stock " + stock.get(product) + " + reserved "
                            + held.getOrDefault(product, 0L) + " = " + sum + ", created with " + initial);
                }
            });
        } catch (SQLException e) {
            violations.add("could not read: " + e.getMessage());
        }
        return shown(violations);
    }

    public List<String> reservations() {
        var violations = new ArrayList<String>();
        try (var ordering = connect("ordering");
                var catalog = connect("catalog")) {
            var orders = orderStatuses(ordering);
            var lines = orderLines(ordering);
            var reservations = new HashMap<String, String>();
            query(
                    catalog,
                    "SELECT order_id::text, status FROM stock_reservations",
                    r -> reservations.put(r.getString(1), r.getString(2)));
            var held = reservationLines(catalog, "RESERVED");
            orders.forEach((order, status) -> {
                var reservation = reservations.get(order);
                if (HOLDING.contains(status)) {
                    if (!"RESERVED".equals(reservation)) {
                        violations.add("order " + order + " is " + status + " but its reservation is " + reservation);
                    } else if (!held.get(order).equals(lines.getOrDefault(order, Map.of()))) {
                        violations.add(
                                "order " + order + " has lines " + lines.get(order) + " but holds " + held.get(order));
                    }
                } else if (ENDED.contains(status) && "RESERVED".equals(reservation)) {
                    violations.add("order " + order + " is " + status + " but still holds stock");
                }
            });
            reservations.keySet().stream()
                    .filter(order -> !orders.containsKey(order) && "RESERVED".equals(reservations.get(order)))
                    .forEach(order -> violations.add("reservation of unknown order " + order + " holds stock"));
        } catch (SQLException e) {
            violations.add("could not read: " + e.getMessage());
        }
        return shown(violations);
    }

    public List<String> coupons() {
        var violations = new ArrayList<String>();
        try (var discount = connect("discount");
                var ordering = connect("ordering")) {
            query(discount, """
                    SELECT c.code, c.max_redemptions, c.active_redemptions,
                           (SELECT count(*) FROM redemptions r WHERE r.coupon_id = c.id AND r.state <> 'RELEASED')
                    FROM coupons c""", r -> {
                var code = r.getString(1);
                Integer limit = (Integer) r.getObject(2);
                long kept = r.getLong(3);
                long active = r.getLong(4);
                if (limit != null && active > limit) {
                    violations.add("coupon " + code + ": " + active + " active redemptions, limit " + limit);
                }
                if (kept != active) {
                    violations.add("coupon " + code + " counts " + kept + " active redemptions, has " + active);
                }
            });
            query(
                    discount,
                    """
                    SELECT c.code, r.customer_id::text, count(*), c.max_per_customer
                    FROM redemptions r JOIN coupons c ON c.id = r.coupon_id
                    WHERE r.state <> 'RELEASED' AND c.max_per_customer IS NOT NULL
                    GROUP BY c.code, r.customer_id, c.max_per_customer
                    HAVING count(*) > c.max_per_customer""",
                    r -> violations.add("coupon " + r.getString(1) + ": customer " + r.getString(2) + " holds "
                            + r.getLong(3) + ", limit " + r.getInt(4)));
            var redemptions = new HashMap<String, String>();
            query(
                    discount,
                    "SELECT order_id::text, state FROM redemptions",
                    r -> redemptions.put(r.getString(1), r.getString(2)));
            query(ordering, "SELECT id::text, status FROM orders WHERE coupon_code IS NOT NULL", r -> {
                var order = r.getString(1);
                var status = r.getString(2);
                var state = redemptions.get(order);
                if (PAID.contains(status) && !"REDEEMED".equals(state)) {
                    violations.add("order " + order + " is " + status + " but its coupon is " + state);
                } else if (ENDED.contains(status) && state != null && !"RELEASED".equals(state)) {
                    violations.add("order " + order + " is " + status + " but its coupon is " + state);
                }
            });
        } catch (SQLException e) {
            violations.add("could not read: " + e.getMessage());
        }
        return shown(violations);
    }

    public List<String> orders(Collection<String> acceptedOrders, Duration settle) {
        var violations = new ArrayList<String>();
        try (var ordering = connect("ordering")) {
            try (var statement =
                    ordering.prepareStatement("SELECT id::text, placed_at FROM orders WHERE status = 'PENDING'"
                            + " AND placed_at < now() - make_interval(secs => ?)")) {
                statement.setDouble(1, settle.toMillis() / 1000.0);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        violations.add("order " + rows.getString(1) + " PENDING since " + rows.getString(2));
                    }
                }
            }
            var known = orderStatuses(ordering).keySet();
            acceptedOrders.stream()
                    .filter(order -> !known.contains(order))
                    .forEach(order -> violations.add("order " + order + " was answered 201 but does not exist"));
        } catch (SQLException e) {
            violations.add("could not read: " + e.getMessage());
        }
        return shown(violations);
    }

    public List<String> statistics() {
        var violations = new ArrayList<String>();
        try (var ordering = connect("ordering");
                var statistics = connect("statistics")) {
            var reached = new HashMap<String, Long>();
            query(
                    ordering,
                    "SELECT to_status, count(DISTINCT order_id) FROM order_status_history GROUP BY to_status",
                    r -> reached.put(r.getString(1), r.getLong(2)));
            var columns = String.join(
                    ", ",
                    STATUSES.stream()
                            .map(s -> "coalesce(sum(" + column(s) + "), 0)")
                            .toList());
            query(statistics, "SELECT " + columns + ", coalesce(sum(net), 0) FROM sales_daily", r -> {
                for (int i = 0; i < STATUSES.size(); i++) {
                    long counted = r.getLong(i + 1);
                    long expected = reached.getOrDefault(STATUSES.get(i), 0L);
                    if (counted != expected) {
                        violations.add(
                                STATUSES.get(i) + ": statistics counts " + counted + ", ordering has " + expected);
                    }
                }
                var net = r.getBigDecimal(STATUSES.size() + 1);
                var paid = new BigDecimal[] {BigDecimal.ZERO};
                query(ordering, """
                        SELECT coalesce(sum(o.total), 0) FROM orders o
                        WHERE EXISTS (SELECT 1 FROM order_status_history h WHERE h.order_id = o.id AND h.to_status = 'PAID')""", p -> paid[0] = p.getBigDecimal(1));
                if (net.compareTo(paid[0]) != 0) {
                    violations.add("net revenue: statistics " + net.toPlainString() + ", paid orders' totals "
                            + paid[0].toPlainString());
                }
            });
            var last = new HashMap<String, String>();
            query(
                    statistics,
                    "SELECT order_id::text, status FROM order_state",
                    r -> last.put(r.getString(1), r.getString(2)));
            orderStatuses(ordering).forEach((order, status) -> {
                if (!status.equals(last.get(order))) {
                    violations.add("order " + order + " is " + status + ", statistics says " + last.get(order));
                }
            });
        } catch (SQLException e) {
            violations.add("could not read: " + e.getMessage());
        }
        return shown(violations);
    }

    public List<String> notifications() {
        var violations = new ArrayList<String>();
        try (var ordering = connect("ordering");
                var message = connect("message")) {
            var expected = new HashMap<String, Set<String>>();
            query(
                    ordering,
                    "SELECT id::text FROM orders",
                    r -> expected.computeIfAbsent(r.getString(1), k -> new HashSet<>())
                            .add("ORDER_RECEIVED"));
            query(
                    ordering,
                    "SELECT order_id::text, to_status FROM order_status_history WHERE to_status <> 'PENDING'",
                    r -> expected.computeIfAbsent(r.getString(1), k -> new HashSet<>())
                            .add("ORDER_" + r.getString(2)));
            var sent = new HashMap<String, Map<String, Long>>();
            query(
                    message,
                    """
                    SELECT substring(link FROM 9), kind, count(*) FROM notifications
                    WHERE kind LIKE 'ORDER\\_%' AND link LIKE '/orders/%' GROUP BY link, kind""",
                    r -> sent.computeIfAbsent(r.getString(1), k -> new TreeMap<>())
                            .put(r.getString(2), r.getLong(3)));
            expected.forEach((order, kinds) -> {
                var got = sent.getOrDefault(order, Map.of());
                for (var kind : kinds) {
                    long n = got.getOrDefault(kind, 0L);
                    if (n != 1) {
                        violations.add("order " + order + ": " + n + " × " + kind);
                    }
                }
                got.forEach((kind, n) -> {
                    if (!kinds.contains(kind)) {
                        violations.add("order " + order + ": " + n + " × " + kind + " for a status it never had");
                    }
                });
            });
            sent.keySet().stream()
                    .filter(order -> !expected.containsKey(order))
                    .forEach(order -> violations.add("notifications for unknown order " + order));
        } catch (SQLException e) {
            violations.add("could not read: " + e.getMessage());
        }
        return shown(violations);
    }

    // ---------------------------------------------------------------- reading

    /** A JDBC connection to a service's database as the server's admin user. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(database), postgres.adminUser(), postgres.adminPassword());
    }

    private static Map<String, String> orderStatuses(Connection ordering) throws SQLException {
        var result = new HashMap<String, String>();
        query(ordering, "SELECT id::text, status FROM orders", r -> result.put(r.getString(1), r.getString(2)));
        return result;
    }

    private static Map<String, Map<String, Long>> orderLines(Connection ordering) throws SQLException {
        var result = new HashMap<String, Map<String, Long>>();
        query(
                ordering,
                "SELECT order_id::text, product_id::text, sum(quantity) FROM order_lines GROUP BY 1, 2",
                r -> result.computeIfAbsent(r.getString(1), k -> new HashMap<>())
                        .put(r.getString(2), r.getLong(3)));
        return result;
    }

    /** Order → product → quantity held, of the reservations in {@code status}. */
    private static Map<String, Map<String, Long>> reservationLines(Connection catalog, String status)
            throws SQLException {
        var result = new HashMap<String, Map<String, Long>>();
        try (var statement = catalog.prepareStatement(
                "SELECT order_id::text, lines::text FROM stock_reservations WHERE status = ?")) {
            statement.setString(1, status);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    var lines = new HashMap<String, Long>();
                    for (JsonNode line : JSON.readTree(rows.getString(2))) {
                        lines.merge(
                                line.path("productId").asString(),
                                line.path("quantity").asLong(),
                                Long::sum);
                    }
                    result.put(rows.getString(1), lines);
                }
            }
        }
        return result;
    }

    private static String column(String status) {
        return status.equals("PENDING") ? "placed" : status.toLowerCase(java.util.Locale.ROOT);
    }

    @FunctionalInterface
    private interface Row {
        void accept(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, Row row) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                row.accept(rows);
            }
        }
    }

    /** At most a few violations spelled out, and how many more. */
    private static List<String> shown(List<String> violations) {
        if (violations.size() <= SHOWN) {
            return violations;
        }
        var result = new ArrayList<>(violations.subList(0, SHOWN));
        result.add("… and " + (violations.size() - SHOWN) + " more");
        return result;
    }
}
