package org.emporium.ordering.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** Catalog's answer to an order's stock reservation (saga); an order that moved on, or is unknown, is ignored. */
public record RecordStockRejected(@NotNull UUID orderId) implements Command<Boolean> {}
