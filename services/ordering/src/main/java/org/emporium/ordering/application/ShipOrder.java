package org.emporium.ordering.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.ordering.domain.OrderId;
import org.emporium.platform.mediator.Command;

/** An admin ships a paid order. */
public record ShipOrder(
        @NotNull OrderId orderId,
        @NotNull UUID adminId,
        @NotBlank String carrier,
        @NotBlank String trackingNumber) implements Command<Void> {}
