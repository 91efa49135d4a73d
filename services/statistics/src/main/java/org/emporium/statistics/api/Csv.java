package org.emporium.statistics.api;

import java.util.List;
import java.util.Map;
import org.emporium.statistics.application.ReportView;

/**
 * A report as CSV (RFC 4180): for each section a line {@code section,<name>}, its header line, its rows, then an empty
 * line. Text that a spreadsheet would run as a formula (a product named {@code =HYPERLINK(...)}, starting with
 * {@code = + - @}, tab or carriage return) is prefixed with {@code '} (OWASP's CSV-injection advice); numbers are
 * written as they are.
 */
final class Csv {
    private Csv() {}

    static String of(ReportView view) {
        var out = new StringBuilder();
        for (Map.Entry<String, List<Map<String, Object>>> section :
                view.sections().entrySet()) {
            out.append("section,").append(section.getKey()).append("\r\n");
            var rows = section.getValue();
            if (!rows.isEmpty()) {
                out.append(String.join(
                                ",",
                                rows.getFirst().keySet().stream().map(Csv::cell).toList()))
                        .append("\r\n");
                for (var row : rows) {
                    out.append(String.join(
                                    ",", row.values().stream().map(Csv::cell).toList()))
                            .append("\r\n");
                }
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String cell(Object value) {
        var text = String.valueOf(value);
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
