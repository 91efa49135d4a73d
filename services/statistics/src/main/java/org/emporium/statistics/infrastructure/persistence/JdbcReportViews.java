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

/** Reports as SQL over the pre-aggregated daily tables; ratios are computed here, half-even. */
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
        var byUnits = rows(
                "SELECT product_id, max(name) AS name, sum(units) AS units FROM product_daily"
                        + " WHERE day BETWEEN :from AND :to GROUP BY product_id ORDER BY 3 DESC, 2, 1 LIMIT " + limit,
                range,
                rs -> row(
                        "productId",
                        rs.getObject("product_id"),
                        "name",
                        rs.getString("name"),
                        "units",
                        rs.getLong("units")));
        var byRevenue = rows(
                "SELECT product_id, max(name) AS name, currency, sum(revenue) AS revenue FROM product_daily"
                        + " WHERE day BETWEEN :from AND :to GROUP BY product_id, currency"
                        + " ORDER BY currency, 4 DESC, 2, 1",
                range,
                rs -> row(
                        "productId",
                        rs.getObject("product_id"),
                        "name",
                        rs.getString("name"),
                        "currency",
                        rs.getString("currency"),
                        "revenue",
                        money(rs.getBigDecimal("revenue"), rs.getString("currency"))));
        var topRevenue = perCurrency(byRevenue, limit);
        var categories = rows(
                "SELECT category_id, sum(units) AS units FROM category_daily WHERE day BETWEEN :from AND :to"
                        + " GROUP BY category_id ORDER BY 2 DESC, 1 LIMIT " + limit,
                range,
                rs -> row("categoryId", rs.getObject("category_id"), "units", rs.getLong("units")));
        var categoryRevenue = rows(
                "SELECT category_id, currency, sum(revenue) AS revenue FROM category_daily"
                        + " WHERE day BETWEEN :from AND :to GROUP BY category_id, currency ORDER BY 2, 3 DESC, 1",
                range,
                rs -> row(
                        "categoryId",
                        rs.getObject("category_id"),
                        "currency",
                        rs.getString("currency"),
                        "revenue",
                        money(rs.getBigDecimal("revenue"), rs.getString("currency"))));
        var neverSold = rows(
                "SELECT p.product_id, p.name, p.status FROM catalog_products p WHERE NOT p.deleted AND NOT EXISTS"
                        + " (SELECT 1 FROM product_daily d WHERE d.product_id = p.product_id"
                        + " AND d.day BETWEEN :from AND :to) ORDER BY p.name, p.product_id LIMIT " + limit,
                range,
                rs -> row(
                        "productId",
                        rs.getObject("product_id"),
                        "name",
                        rs.getString("name"),
                        "status",
                        rs.getString("status")));
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
        var periods = rows(
                "SELECT " + period(granularity) + " AS period, sum(published) AS published, sum(removed) AS removed,"
                        + " sum(rating_sum) AS rating_sum FROM review_daily WHERE day BETWEEN :from AND :to"
                        + " GROUP BY 1 ORDER BY 1",
                range,
                rs -> row(
                        "period",
                        rs.getDate("period").toLocalDate(),
                        "published",
                        rs.getLong("published"),
                        "removed",
                        rs.getLong("removed"),
                        "averageRating",
                        average(rs.getLong("rating_sum"), rs.getLong("published"))));
        var products = rows(
                "SELECT d.product_id, sum(d.published) AS published, sum(d.removed) AS removed,"
                        + " sum(d.rating_sum) AS rating_sum, r.average, r.review_count FROM review_daily d"
                        + " LEFT JOIN product_rating r ON r.product_id = d.product_id"
                        + " WHERE d.day BETWEEN :from AND :to GROUP BY d.product_id, r.average, r.review_count"
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
        var overall = rows(
                "SELECT coalesce(sum(published), 0) AS published, coalesce(sum(removed), 0) AS removed,"
                        + " coalesce(sum(rating_sum), 0) AS rating_sum FROM review_daily WHERE day BETWEEN :from AND :to",
                range,
                rs -> row(
                        "published",
                        rs.getLong("published"),
                        "removed",
                        rs.getLong("removed"),
                        "averageRating",
                        average(rs.getLong("rating_sum"), rs.getLong("published"))));
        return view(
                "reviews", range, granularity, sections("periods", periods, "products", products, "overall", overall));
    }

    @Override
    public ReportView catalog() {
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

    private static List<Map<String, Object>> perCurrency(List<Map<String, Object>> sorted, int limit) {
        var counts = new LinkedHashMap<Object, Integer>();
        var result = new ArrayList<Map<String, Object>>();
        for (var row : sorted) {
            if (counts.merge(row.get("currency"), 1, Integer::sum) <= limit) {
                result.add(row);
            }
        }
        return result;
    }

    private interface Row {
        Map<String, Object> map(ResultSet rs) throws SQLException;
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
