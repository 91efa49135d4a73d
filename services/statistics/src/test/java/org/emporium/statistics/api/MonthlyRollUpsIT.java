package org.emporium.statistics.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.emporium.contracts.catalog.ProductCreated;
import org.emporium.contracts.ordering.OrderStatusChanged;
import org.emporium.contracts.ordering.OrderStatusChanged.Line;
import org.emporium.contracts.ordering.OrderStatusChanged.Totals;
import org.emporium.statistics.support.StatisticsIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The products report reads whole calendar months from the monthly roll-ups and the other days from the daily
 * tables. Eight paid orders through the real broker, from 15 January to 2 April 2024 (no other test uses 2024), one
 * line renamed ("Kilo 2"): ranges that start and end mid-month, on a month's first or last day, span no whole month or
 * only whole months give the hand-computed figures, the same as the daily rows alone (top lists, categories and the
 * never-sold list), and the roll-ups hold exactly the daily rows summed per month.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyRollUpsIT extends StatisticsIntegrationTest {
    static final UUID Q1 = UUID.fromString("00000000-0000-0000-0000-0000000024a1");
    static final UUID Q2 = UUID.fromString("00000000-0000-0000-0000-0000000024a2");
    static final UUID Q3 = UUID.fromString("00000000-0000-0000-0000-0000000024a3");
    /** In the catalog, never sold. */
    static final UUID Q4 = UUID.fromString("00000000-0000-0000-0000-0000000024a4");

    static final UUID K1 = UUID.fromString("00000000-0000-0000-0000-0000000024c1");
    static final UUID K2 = UUID.fromString("00000000-0000-0000-0000-0000000024c2");

    @BeforeAll
    void publishTheOrders() {
        var before = consumedEvents();
        var created = Instant.parse("2024-01-01T08:00:00Z");
        publish(new ProductCreated(Q1, "kilo", "Kilo", K1, "k", new BigDecimal("10.00"), "EUR", "ACTIVE", 9, created));
        publish(new ProductCreated(
                Q4, "aaa", "Aaa unsold", K2, "a", new BigDecimal("1.00"), "EUR", "ACTIVE", 9, created));
        paid("2024-01-15", "EUR", line(Q1, "Kilo", K1, 2, "10.00"), line(Q2, "Lima", K1, 1, "5.00"));
        paid("2024-01-31", "EUR", line(Q2, "Lima", K1, 3, "5.00"));
        paid("2024-02-01", "USD", line(Q1, "Kilo", K1, 1, "11.00"));
        paid("2024-02-15", "EUR", line(Q1, "Kilo", K1, 1, "10.00"), line(Q3, "Mike", K2, 4, "3.00"));
        paid("2024-02-29", "EUR", line(Q3, "Mike", K2, 1, "3.00"));
        paid("2024-03-01", "EUR", line(Q2, "Lima", K1, 2, "5.00"));
        paid("2024-03-20", "USD", line(Q1, "Kilo 2", K1, 5, "11.00"));
        paid("2024-04-02", "EUR", line(Q3, "Mike", K2, 2, "3.00"));
        awaitConsumed(before + 10);
    }

    void paid(String day, String currency, Line... lines) {
        var subtotal = List.of(lines).stream().map(Line::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        publish(new OrderStatusChanged(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "AWAITING_PAYMENT",
                "PAID",
                null,
                new Totals(currency, subtotal, BigDecimal.ZERO, subtotal, null),
                List.of(lines),
                3,
                Instant.parse(day + "T12:00:00Z")));
    }

    static Line line(UUID product, String name, UUID category, int quantity, String price) {
        var unit = new BigDecimal(price);
        return new Line(product, name, category, quantity, unit, unit.multiply(BigDecimal.valueOf(quantity)));
    }

    JsonNode sections(String from, String to) {
        var response = admin().get("/api/statistics/products?from=" + from + "&to=" + to);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return ReportsIT.EXACT.readTree(response.body()).get("sections");
    }

    static List<String> units(JsonNode sections) {
        var rows = new ArrayList<String>();
        sections.get("topByUnits")
                .forEach(row -> rows.add(
                        row.get("name").asString() + " " + row.get("units").asLong()));
        return rows;
    }

    static List<String> revenue(JsonNode sections) {
        var rows = new ArrayList<String>();
        sections.get("topByRevenue")
                .forEach(row -> rows.add(
                        row.get("currency").asString() + " " + row.get("name").asString() + " "
                                + row.get("revenue").decimalValue().toPlainString()));
        return rows;
    }

    static List<String> categories(JsonNode sections) {
        var rows = new ArrayList<String>();
        sections.get("topCategories")
                .forEach(row -> rows.add(row.get("categoryId").asString() + " "
                        + row.get("units").asLong()));
        sections.get("categoryRevenue")
                .forEach(row -> rows.add(row.get("categoryId").asString() + " "
                        + row.get("currency").asString() + " "
                        + row.get("revenue").decimalValue().toPlainString()));
        return rows;
    }

    @Test
    void aRangeFromMidMonthToMidMonthAddsItsPartialMonthsToTheWholeOnes() {
        // 20 Jan – 10 Mar: 31 Jan (Lima 3), all of February, 1 Mar (Lima 2).
        var sections = sections("2024-01-20", "2024-03-10");
        assertThat(units(sections)).containsExactly("Lima 5", "Mike 5", "Kilo 2");
        assertThat(revenue(sections))
                .containsExactly("EUR Lima 25.00", "EUR Mike 15.00", "EUR Kilo 10.00", "USD Kilo 11.00");
        assertThat(categories(sections))
                .containsExactly(K1 + " 7", K2 + " 5", K1 + " EUR 35.00", K2 + " EUR 15.00", K1 + " USD 11.00");
    }

    @Test
    void aRangeOfOneWholeMonthOrOfWholeMonthsOnly() {
        var february = sections("2024-02-01", "2024-02-29");
        assertThat(units(february)).containsExactly("Mike 5", "Kilo 2");
        assertThat(revenue(february)).containsExactly("EUR Mike 15.00", "EUR Kilo 10.00", "USD Kilo 11.00");
        // January to March: the greatest name of Kilo's rows in the range is the renamed one; in EUR (only "Kilo"
        // rows) Kilo and Lima tie at 30.00 and the name decides.
        var quarter = sections("2024-01-01", "2024-03-31");
        assertThat(units(quarter)).containsExactly("Kilo 2 9", "Lima 6", "Mike 5");
        assertThat(revenue(quarter))
                .containsExactly("EUR Kilo 30.00", "EUR Lima 30.00", "EUR Mike 15.00", "USD Kilo 2 66.00");
    }

    @Test
    void aRangeFromAMonthsLastDayToTheNextButOnesSecond() {
        // 31 Jan, February, March, 1–2 Apr; Kilo and Mike tie at 7 units, the name decides.
        var sections = sections("2024-01-31", "2024-04-02");
        assertThat(units(sections)).containsExactly("Kilo 2 7", "Mike 7", "Lima 5");
        // Kilo's EUR rows in the range are all "Kilo"; its USD ones include "Kilo 2".
        assertThat(revenue(sections))
                .containsExactly("EUR Lima 25.00", "EUR Mike 21.00", "EUR Kilo 10.00", "USD Kilo 2 66.00");
    }

    @Test
    void aRangeInsideOneMonthReadsOnlyDays() {
        var sections = sections("2024-02-10", "2024-02-20");
        assertThat(units(sections)).containsExactly("Mike 4", "Kilo 1");
        assertThat(sections.get("topByUnits").get(0).get("productId").asString())
                .isEqualTo(Q3.toString());
    }

    @Test
    void everyRangeGivesTheFiguresOfTheDailyRowsAlone() {
        var starts = List.of("2024-01-01", "2024-01-15", "2024-01-16", "2024-01-31", "2024-02-01", "2024-02-14");
        var ends = List.of("2024-02-29", "2024-03-01", "2024-03-19", "2024-03-20", "2024-03-31", "2024-04-02");
        for (var from : starts) {
            for (var to : ends) {
                var sections = sections(from, to);
                assertThat(units(sections)).as(from + ".." + to).isEqualTo(dailyUnits(from, to));
                assertThat(revenue(sections)).as(from + ".." + to).isEqualTo(dailyRevenue(from, to));
                assertThat(categories(sections)).as(from + ".." + to).isEqualTo(dailyCategories(from, to));
                var neverSold = new ArrayList<String>();
                sections.get("neverSold")
                        .forEach(row -> neverSold.add(row.get("productId").asString()));
                assertThat(neverSold).as(from + ".." + to).isEqualTo(dailyNeverSold(from, to));
                assertThat(neverSold)
                        .as(from + ".." + to)
                        .contains(Q4.toString())
                        .doesNotContain(Q1.toString());
            }
        }
    }

    @Test
    void theRollUpsHoldTheDailyRowsSummedPerMonth() {
        for (var pair : List.of(
                List.of("product_daily", "product_monthly", "product_id"),
                List.of("category_daily", "category_monthly", "category_id"))) {
            var daily = "SELECT date_trunc('month', day)::date AS month, " + pair.get(2)
                    + ", currency, sum(units)::integer AS units, sum(revenue) AS revenue FROM " + pair.get(0)
                    + " GROUP BY 1, " + pair.get(2) + ", currency";
            var monthly = "SELECT month, " + pair.get(2) + ", currency, units, revenue FROM " + pair.get(1);
            assertThat(count("(" + daily + " EXCEPT " + monthly + ") d"))
                    .as(pair.get(1))
                    .isZero();
            assertThat(count("(" + monthly + " EXCEPT " + daily + ") m"))
                    .as(pair.get(1))
                    .isZero();
        }
        assertThat(count("product_monthly WHERE month BETWEEN '2024-01-01' AND '2024-04-01'"))
                .isEqualTo(8);
    }

    long count(String from) {
        return jdbc.sql("SELECT count(*) FROM " + from).query(Long.class).single();
    }

    List<String> dailyUnits(String from, String to) {
        return jdbc.sql(
                        "SELECT max(name) AS name, sum(units) AS units FROM product_daily"
                                + " WHERE day BETWEEN :from AND :to GROUP BY product_id ORDER BY 2 DESC, 1, product_id LIMIT 10")
                .param("from", Date.valueOf(LocalDate.parse(from)))
                .param("to", Date.valueOf(LocalDate.parse(to)))
                .query((rs, n) -> rs.getString("name") + " " + rs.getLong("units"))
                .list();
    }

    List<String> dailyRevenue(String from, String to) {
        return jdbc.sql("SELECT currency, name, revenue FROM (SELECT currency, product_id, max(name) AS name,"
                        + " sum(revenue) AS revenue, row_number() OVER (PARTITION BY currency ORDER BY sum(revenue)"
                        + " DESC, max(name), product_id) AS rank FROM product_daily WHERE day BETWEEN :from AND :to"
                        + " GROUP BY currency, product_id) r WHERE rank <= 10 ORDER BY currency, rank")
                .param("from", Date.valueOf(LocalDate.parse(from)))
                .param("to", Date.valueOf(LocalDate.parse(to)))
                .query((rs, n) -> rs.getString("currency") + " " + rs.getString("name") + " "
                        + rs.getBigDecimal("revenue").setScale(2).toPlainString())
                .list();
    }

    /** Catalog products (whatever other tests created) with no product day in the range. */
    List<String> dailyNeverSold(String from, String to) {
        return jdbc.sql("SELECT p.product_id FROM catalog_products p WHERE NOT p.deleted AND NOT EXISTS"
                        + " (SELECT 1 FROM product_daily d WHERE d.product_id = p.product_id"
                        + " AND d.day BETWEEN :from AND :to) ORDER BY p.name, p.product_id LIMIT 10")
                .param("from", Date.valueOf(LocalDate.parse(from)))
                .param("to", Date.valueOf(LocalDate.parse(to)))
                .query((rs, n) -> rs.getObject("product_id").toString())
                .list();
    }

    List<String> dailyCategories(String from, String to) {
        var rows = new ArrayList<String>(jdbc.sql("SELECT category_id, sum(units) AS units FROM category_daily"
                        + " WHERE day BETWEEN :from AND :to GROUP BY category_id ORDER BY 2 DESC, 1 LIMIT 10")
                .param("from", Date.valueOf(LocalDate.parse(from)))
                .param("to", Date.valueOf(LocalDate.parse(to)))
                .query((rs, n) -> rs.getObject("category_id") + " " + rs.getLong("units"))
                .list());
        rows.addAll(jdbc.sql("SELECT category_id, currency, sum(revenue) AS revenue FROM category_daily"
                        + " WHERE day BETWEEN :from AND :to GROUP BY category_id, currency ORDER BY 2, 3 DESC, 1")
                .param("from", Date.valueOf(LocalDate.parse(from)))
                .param("to", Date.valueOf(LocalDate.parse(to)))
                .query((rs, n) -> rs.getObject("category_id") + " " + rs.getString("currency") + " "
                        + rs.getBigDecimal("revenue").setScale(2).toPlainString())
                .list());
        return rows;
    }
}
