package org.emporium.catalog.application.stock;

import java.util.List;
import org.emporium.catalog.domain.stock.ReservationLine;
import org.emporium.contracts.catalog.StockReserved;

/** Reservation lines as they appear in the published events. */
final class StockLines {
    private StockLines() {}

    static List<StockReserved.Line> of(List<ReservationLine> lines) {
        return lines.stream()
                .map(line -> new StockReserved.Line(line.productId().value(), line.quantity()))
                .toList();
    }
}
