package org.emporium.ordering.application;

import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.emporium.platform.mediator.Query;

/** Up to {@code limit} cancelled paid orders whose refund is not recorded yet, oldest first (for the retry job). */
public record FindOrdersAwaitingRefund(@Min(1) int limit) implements Query<List<UUID>> {}
