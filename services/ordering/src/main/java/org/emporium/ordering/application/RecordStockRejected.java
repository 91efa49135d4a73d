package org.emporium.ordering.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.emporium.ordering.domain.StockShortfall;
import org.emporium.platform.mediator.Command;

/**
 * Catalog's answer to an order's stock reservation (saga), with the lines it could not reserve and why; an order
 * that moved on, or is unknown, is ignored.
 */
public record RecordStockRejected(
        @NotNull UUID orderId, @NotNull @Size(max = 100) List<@Valid StockShortfall> lines)
        implements Command<Boolean> {}
