package org.emporium.ordering.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.ordering.domain.OrderId;
import org.emporium.platform.mediator.Command;

/** An admin marks a shipped order delivered. */
public record DeliverOrder(
        @NotNull OrderId orderId, @NotNull UUID adminId) implements Command<Void> {}
