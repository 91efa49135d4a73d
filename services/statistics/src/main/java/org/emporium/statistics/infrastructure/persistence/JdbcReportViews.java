package org.emporium.statistics.infrastructure.persistence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.emporium.platform.core.Money;
import org.emporium.statistics.application.ReportView;
import org.emporium.statistics.application.ReportViews;
import org.emporium.statistics.domain.Granularity;
import org.emporium.statistics.domain.ReportRange;
import org.emporium.statistics.infrastructure.config.StatisticsProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reports as SQL over the pre-aggregated daily tables (and, for products and categories, their monthly roll-ups), each
 * report from one REPEATABLE READ snapshot; ratios are computed here, half-even.
 */
@Repository
class JdbcReportViews implements ReportViews {
    private static final String SALES_SUMS = "sum(placed) AS placed, sum(awaiting_payment) AS awaiting_payment,"
            + " sum(paid) AS paid, sum(shipped) AS shipped, sum(delivered) AS delivered,"
            + " sum(cancelled) AS cancelled, sum(expired) AS expired, sum(gross) AS gross,"
            + " sum(discount) AS discount, sum(net) AS net, sum(refunded) AS refunded";
    private static final List<String> FUNNEL = List.of("placed", "awaiting_payment", "paid", "shipped", "delivered");

    private final JdbcClient jdbc;
    private final StatisticsProperties properties;

    JdbcReportViews(JdbcClient jdbc, StatisticsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Override
    public ReportView sales(ReportRange range, Granularity granularity) {
        consistentSnapshot();
        var periods = rows(
                "SELECT " + period(granularity) + " AS period, currency, " + SALES_SUMS
                        + " FROM sales_daily WHERE day BETWEEN :from AND :to GROUP BY 1, currency ORDER BY 1, currency",
                range,
                JdbcReportViews::salesRow);
        var totals = rows(
                "SELECT currency, " + SALES_SUMS
                        + " FROM sales_daily WHERE day BETWEEN :from AND :to GROUP BY currency ORDER BY currency",
                range,
                JdbcReportViews::salesRow);
        var funnelCounts = new LinkedHashMap<String, Long>();
        FUNNEL.forEach(stage -> funnelCounts.put(stage, 0L));
        for (var row : totals) {
            FUNNEL.forEach(stage -> funnelCounts.merge(stage, (Long) row.get(camel(stage)), Long::sum));
        }
        var funnel = new ArrayList<Map<String, Object>>();
        long previous = -1;
        long placed = funnelCounts.get("placed");
        for (var stage : FUNNEL) {
            long count = funnelCounts.get(stage);
            funnel.add(row(
                    "stage",
                    stage.toUpperCase(Locale.ROOT),
                    "orders",
                    count,
                    "conversionFromPrevious",
                    previous < 0 ? ratio(1, 1) : ratio(count, previous),
                    "conversionFromPlaced",
                    ratio(count, placed)));
            previous = count;
        }
        return view("sales", range, granularity, sections("periods", periods, "totals", totals, "funnel", funnel));
    }

    @Override
    public ReportView products(ReportRange range, int limit) {
        consistentSnapshot();
        // Both top lists from one pass over the range's product sums: whole months from product_monthly, the other
        // days from product_daily. The candidates (rank within the limit, ties included) get their names — the
        // greatest in the range's daily rows — and the names break the ties, as they always did.
        var tops = rolledUpRows(
                "WITH p AS MATERIALIZED (SELECT product_id, currency, sum(units) AS units, sum(revenue) AS revenue"
                        + " FROM "
                        + rolledUp("product_daily", "product_monthly", "product_id, currency, units, revenue")
                        + " r GROUP BY product_id, currency),"
                        + " units AS (SELECT product_id, sum(units) AS units, rank() OVER (ORDER BY sum(units) DESC)"
                        + " AS rank FROM p GROUP BY product_id),"
                        + " top_units AS (SELECT product_id, units, (SELECT max(d.name) FROM product_daily d"
                        + " WHERE d.product_id = u.product_id AND d.day BETWEEN :from AND :to) AS name FROM units u"
                        + " WHERE rank <= " + limit + " ORDER BY units DESC, name, product_id LIMIT " + limit + "),"
                        + " revenue AS (SELECT product_id, currency, revenue, rank() OVER (PARTITION BY currency"
                        + " ORDER BY revenue DESC) AS rank FROM p),"
                        + " top_revenue AS (SELECT product_id, currency, revenue, name, row_number() OVER"
                        + " (PARTITION BY currency ORDER BY revenue DESC, name, product_id) AS rank FROM"
                        + " (SELECT r.product_id, r.currency, r.revenue, (SELECT max(d.name) FROM product_daily d"
                        + " WHERE d.product_id = r.product_id AND d.currency = r.currency"
                        + " AND d.day BETWEEN :from AND :to) AS name FROM revenue r WHERE r.rank <= " + limit + ") c),"
                        // Never sold: the catalog products not among the range's sums (a product has a monthly
                        // row exactly when it has daily rows in that month), a hash anti-join on p.
                        + " never AS (SELECT c.product_id, c.name, c.status FROM catalog_products c WHERE NOT"
                        + " c.deleted AND NOT EXISTS (SELECT 1 FROM p WHERE p.product_id = c.product_id)"
                        + " ORDER BY c.name, c.product_id LIMIT " + limit + ")"
                        + " SELECT 'units' AS list, product_id, name, NULL AS currency, units::numeric AS amount,"
                        + " NULL AS status FROM top_units UNION ALL SELECT 'revenue', product_id, name, currency,"
                        + " revenue, NULL FROM top_revenue WHERE rank <= " + limit
                        + " UNION ALL SELECT 'never', product_id, name, NULL, NULL, status FROM never"
                        + " ORDER BY list DESC, currency NULLS FIRST, amount DESC, name, product_id",
                range,
                rs -> switch (rs.getString("list")) {
                    case "units" ->
                        row(
                                "list",
                                "units",
                                "productId",
                                rs.getObject("product_id"),
                                "name",
                                rs.getString("name"),
                                "units",
                                rs.getBigDecimal("amount").longValueExact());
                    case "revenue" ->
                        row(
                                "list",
                                "revenue",
                                "productId",
                                rs.getObject("product_id"),
                                "name",
                                rs.getString("name"),
                                "currency",
                                rs.getString("currency"),
                                "revenue",
                                money(rs.getBigDecimal("amount"), rs.getString("currency")));
                    default ->
                        row(
                                "list",
                                "never",
                                "productId",
                                rs.getObject("product_id"),
                                "name",
                                rs.getString("name"),
                                "status",
                                rs.getString("status"));
                });
        var byUnits = list(tops, "units");
        var topRevenue = list(tops, "revenue");
        var neverSold = list(tops, "never");
        var categories = rolledUpRows(
                "SELECT category_id, sum(units) AS units FROM "
                        + rolledUp("category_daily", "category_monthly", "category_id, units")
                        + " r GROUP BY category_id ORDER BY 2 DESC, 1 LIMIT " + limit,
                range,
                rs -> row("categoryId", rs.getObject("category_id"), "units", rs.getLong("units")));
        var categoryRevenue = rolledUpRows(
                "SELECT category_id, currency, sum(revenue) AS revenue FROM "
                        + rolledUp("category_daily", "category_monthly", "category_id, currency, revenue")
                        + " r GROUP BY category_id, currency ORDER BY 2, 3 DESC, 1",
                range,
                rs -> row(
                        "categoryId",
                        rs.getObject("category_id"),
                        "currency",
                        rs.getString("currency"),
                        "revenue",
                        money(rs.getBigDecimal("revenue"), rs.getString("currency"))));
        return view(
                "products",
                range,
                null,
                sections(
                        "topByUnits", byUnits,
                        "topByRevenue", topRevenue,
                        "topCategories", categories,
                        "categoryRevenue", categoryRevenue,
                        "neverSold", neverSold));
    }

    @Override
    public ReportView coupons(ReportRange range) {
        consistentSnapshot();
        var coupons = rows(
                "SELECT code, sum(redemptions) AS redemptions, sum(releases) AS releases FROM coupon_daily"
                        + " WHERE day BETWEEN :from AND :to GROUP BY code ORDER BY 2 DESC, code",
                range,
                rs -> row(
                        "code",
                        rs.getString("code"),
                        "redemptions",
                        rs.getLong("redemptions"),
                        "releases",
                        rs.getLong("releases")));
        var discounts = rows(
                "SELECT code, currency, sum(discount) AS discount FROM coupon_discount_daily"
                        + " WHERE day BETWEEN :from AND :to GROUP BY code, currency ORDER BY code, currency",
                range,
                rs -> row(
                        "code",
                        rs.getString("code"),
                        "currency",
                        rs.getString("currency"),
                        "discount",
                        money(rs.getBigDecimal("discount"), rs.getString("currency"))));
        return view("coupons", range, null, sections("coupons", coupons, "discounts", discounts));
    }

    @Override
    public ReportView customers(ReportRange range, Granularity granularity) {
        consistentSnapshot();
        var signups = rows(
                "SELECT " + period(granularity) + " AS period, count(*) AS signups FROM signups"
                        + " WHERE day BETWEEN :from AND :to GROUP BY 1 ORDER BY 1",
                range,
                rs -> row("period", rs.getDate("period").toLocalDate(), "signups", rs.getLong("signups")));
        var buyers = rows(
                "SELECT count(*) AS buyers, count(*) FILTER (WHERE orders > 1) AS repeat_buyers FROM"
                        + " (SELECT customer_id, sum(paid_orders) AS orders FROM customer_daily"
                        + " WHERE day BETWEEN :from AND :to GROUP BY customer_id) c",
                range,
                rs -> row(
                        "buyers",
                        rs.getLong("buyers"),
                        "repeatBuyers",
                        rs.getLong("repeat_buyers"),
                        "repeatBuyerShare",
                        ratio(rs.getLong("repeat_buyers"), rs.getLong("buyers"))));
        return view("customers", range, granularity, sections("signups", signups, "buyers", buyers));
    }

    @Override
    public ReportView reviews(ReportRange range, Granularity granularity) {
        consistentSnapshot();
        // The overall figures are the periods' sums (the periods cover the range): one scan of the range, not two.
        var total = new long[3];
        var periods = rows(
                "SELECT " + period(granularity) + " AS period, sum(published) AS published, sum(removed) AS removed,"
                        + " sum(rating_sum) AS rating_sum FROM review_daily WHERE day BETWEEN :from AND :to"
                        + " GROUP BY 1 ORDER BY 1",
                range,
                rs -> {
                    total[0] += rs.getLong("published");
                    total[1] += rs.getLong("removed");
                    total[2] += rs.getLong("rating_sum");
                    return row(
                            "period",
                            rs.getDate("period").toLocalDate(),
                            "published",
                            rs.getLong("published"),
                            "removed",
                            rs.getLong("removed"),
                            "averageRating",
                            average(rs.getLong("rating_sum"), rs.getLong("published")));
                });
        var products = rows(
                // Summed per product, then joined to its rating row (joining first sorted every day row: 4x slower).
                "SELECT d.product_id, d.published, d.removed, d.rating_sum, r.average, r.review_count FROM"
                        + " (SELECT product_id, sum(published) AS published, sum(removed) AS removed,"
                        + " sum(rating_sum) AS rating_sum FROM review_daily WHERE day BETWEEN :from AND :to"
                        + " GROUP BY product_id) d LEFT JOIN product_rating r ON r.product_id = d.product_id"
                        + " ORDER BY d.product_id",
                range,
                rs -> row(
                        "productId",
                        rs.getObject("product_id"),
                        "published",
                        rs.getLong("published"),
                        "removed",
                        rs.getLong("removed"),
                        "averageRating",
                        average(rs.getLong("rating_sum"), rs.getLong("published")),
                        "currentAverageRating",
                        rs.getBigDecimal("average") == null
                                ? ""
                                : rs.getBigDecimal("average").setScale(2, RoundingMode.HALF_EVEN),
                        "currentReviewCount",
                        rs.getLong("review_count")));
        var overall =
                List.of(row("published", total[0], "removed", total[1], "averageRating", average(total[2], total[0])));
        return view(
                "reviews", range, granularity, sections("periods", periods, "products", products, "overall", overall));
    }

    @Override
    public ReportView catalog() {
        consistentSnapshot();
        var statuses = jdbc.sql("SELECT status, count(*) AS products FROM catalog_products WHERE NOT deleted"
                        + " GROUP BY status ORDER BY status")
                .query((rs, n) -> row("status", rs.getString("status"), "products", rs.getLong("products")))
                .list();
        var stock = jdbc.sql("SELECT count(*) AS products, count(*) FILTER (WHERE stock <= 0) AS out_of_stock"
                        + " FROM catalog_products WHERE NOT deleted")
                .query((rs, n) -> row("products", rs.getLong("products"), "outOfStock", rs.getLong("out_of_stock")))
                .list();
        return new ReportView(
                "catalog", null, null, null, properties.zone().getId(), sections("statuses", statuses, "stock", stock));
    }

    @Override
    public ReportView overview(Instant now) {
        consistentSnapshot();
        var today = LocalDate.ofInstant(now, properties.zone());
        var sales = new ArrayList<Map<String, Object>>();
        var other = new ArrayList<Map<String, Object>>();
        for (var window : List.of(Map.entry("today", 1), Map.entry("last7Days", 7), Map.entry("last30Days", 30))) {
            var range = ReportRange.lastDays(today, window.getValue());
            for (var row : rows(
                    "SELECT currency, " + SALES_SUMS + " FROM sales_daily WHERE day BETWEEN :from AND :to"
                            + " GROUP BY currency ORDER BY currency",
                    range,
                    JdbcReportViews::salesRow)) {
                var withWindow = new LinkedHashMap<String, Object>();
                withWindow.put("window", window.getKey());
                withWindow.putAll(row);
                sales.add(withWindow);
            }
            other.addAll(rows(
                    "SELECT (SELECT count(*) FROM signups WHERE day BETWEEN :from AND :to) AS signups,"
                            + " (SELECT coalesce(sum(published), 0) FROM review_daily WHERE day BETWEEN :from AND :to)"
                            + " AS reviews",
                    range,
                    rs -> row(
                            "window",
                            window.getKey(),
                            "signups",
                            rs.getLong("signups"),
                            "reviews",
                            rs.getLong("reviews"))));
        }
        return new ReportView(
                "overview",
                ReportRange.lastDays(today, 30).from(),
                today,
                null,
                properties.zone().getId(),
                sections("sales", sales, "customersAndReviews", other));
    }

    /**
     * Makes the caller's transaction (the mediator's read-only one around the query) REPEATABLE READ: every section of
     * a report then comes from one snapshot, so two sections never disagree by an event committed between their
     * statements (under READ COMMITTED each statement takes a snapshot of its own). Must be the transaction's first
     * statement; PostgreSQL refuses it otherwise.
     */
    private void consistentSnapshot() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("reports are read inside a transaction (the mediator's)");
        }
        // JIT off for the report's statements (SET LOCAL: this transaction only): they run for milliseconds, but the
        // planner's estimate for the products report's per-candidate name look-ups crosses jit_above_cost, and
        // compiling them took ~600 ms per request (EXPLAIN ANALYZE on the bench's year).
        jdbc.sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ; SET LOCAL jit = off")
                .update();
    }

    private static Map<String, Object> salesRow(ResultSet rs) throws SQLException {
        var row = new LinkedHashMap<String, Object>();
        if (hasColumn(rs, "period")) {
            row.put("period", rs.getDate("period").toLocalDate());
        }
        row.put("currency", rs.getString("currency"));
        for (var column :
                List.of("placed", "awaiting_payment", "paid", "shipped", "delivered", "cancelled", "expired")) {
            row.put(camel(column), rs.getLong(column));
        }
        for (var column : List.of("gross", "discount", "net", "refunded")) {
            row.put(column, money(rs.getBigDecimal(column), rs.getString("currency")));
        }
        var paid = rs.getLong("paid");
        row.put(
                "averageOrderValue",
                paid == 0
                        ? ""
                        : rs.getBigDecimal("net")
                                .divide(
                                        BigDecimal.valueOf(paid),
                                        minorUnits(rs.getString("currency")),
                                        RoundingMode.HALF_EVEN));
        return row;
    }

    private static boolean hasColumn(ResultSet rs, String column) throws SQLException {
        var meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).equals(column)) {
                return true;
            }
        }
        return false;
    }

    private interface Row {
        Map<String, Object> map(ResultSet rs) throws SQLException;
    }

    /** The rows of one list of a multi-list answer, without the {@code list} column. */
    private static List<Map<String, Object>> list(List<Map<String, Object>> rows, String list) {
        return rows.stream()
                .filter(row -> list.equals(row.get("list")))
                .map(row -> {
                    Map<String, Object> copy = new LinkedHashMap<>(row);
                    copy.remove("list");
                    return copy;
                })
                .toList();
    }

    /**
     * The range's rows of a daily table and of its monthly roll-up (columns {@code columns} of both): whole months from
     * the roll-up, the days before and after them from the daily table; bound by {@link #rolledUpRows}.
     */
    private static String rolledUp(String daily, String monthly, String columns) {
        return "(SELECT " + columns + " FROM " + daily + " WHERE day BETWEEN :headFrom AND :headTo"
                + " UNION ALL SELECT " + columns + " FROM " + monthly
                + " WHERE month BETWEEN :firstMonth AND :lastMonth"
                + " UNION ALL SELECT " + columns + " FROM " + daily + " WHERE day BETWEEN :tailFrom AND :tailTo)";
    }

    private List<Map<String, Object>> rolledUpRows(String sql, ReportRange range, Row mapper) {
        var parts = range.byMonths();
        return jdbc.sql(sql)
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .param("headFrom", Date.valueOf(parts.headFrom()))
                .param("headTo", Date.valueOf(parts.headTo()))
                .param("firstMonth", Date.valueOf(parts.firstMonth()))
                .param("lastMonth", Date.valueOf(parts.lastMonth()))
                .param("tailFrom", Date.valueOf(parts.tailFrom()))
                .param("tailTo", Date.valueOf(parts.tailTo()))
                .query((rs, n) -> mapper.map(rs))
                .list();
    }

    private List<Map<String, Object>> rows(String sql, ReportRange range, Row mapper) {
        return jdbc.sql(sql)
                .param("from", Date.valueOf(range.from()))
                .param("to", Date.valueOf(range.to()))
                .query((rs, n) -> mapper.map(rs))
                .list();
    }

    private static String period(Granularity granularity) {
        return "date_trunc('" + granularity.name().toLowerCase(Locale.ROOT) + "', day)::date";
    }

    private ReportView view(
            String report,
            ReportRange range,
            @Nullable Granularity granularity,
            Map<String, List<Map<String, Object>>> sections) {
        return new ReportView(
                report,
                range.from(),
                range.to(),
                granularity == null ? null : granularity.name(),
                properties.zone().getId(),
                sections);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Map<String, Object>>> sections(Object... nameAndRows) {
        var sections = new LinkedHashMap<String, List<Map<String, Object>>>();
        for (int i = 0; i < nameAndRows.length; i += 2) {
            sections.put((String) nameAndRows[i], (List<Map<String, Object>>) nameAndRows[i + 1]);
        }
        return sections;
    }

    private static Map<String, Object> row(Object... keyAndValue) {
        var row = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keyAndValue.length; i += 2) {
            row.put((String) keyAndValue[i], keyAndValue[i + 1]);
        }
        return row;
    }

    private static String camel(String column) {
        var parts = column.split("_");
        var name = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return name.toString();
    }

    /** An amount rounded as platform-core's {@link Money} rounds it (half-even to its currency's minor unit). */
    private static BigDecimal money(BigDecimal amount, String currency) {
        return Money.isCurrencyCode(currency)
                ? Money.of(amount, currency).amount()
                : amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    private static int minorUnits(String currency) {
        return Money.isCurrencyCode(currency)
                ? Money.of(BigDecimal.ZERO, currency).amount().scale()
                : 2;
    }

    /** {@code part / whole} with four decimals; empty when {@code whole} is 0. */
    private static Object ratio(long part, long whole) {
        return whole == 0 ? "" : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }

    private static Object average(long sum, long count) {
        return count == 0 ? "" : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_EVEN);
    }
}
