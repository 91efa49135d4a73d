package org.emporium.basket.application;

import java.util.Set;
import java.util.UUID;
import org.emporium.platform.mediator.Command;
import org.jspecify.annotations.Nullable;

/**
 * An order was placed from the customer's basket ({@code ordering.order-placed}): clear the basket if it is still at
 * {@code basketRevision}; a basket changed since keeps everything (the newer lines survive). Without a revision (older
 * publishers) the ordered products' lines are dropped. Answers whether the basket changed.
 */
public record ClearOrderedLines(
        UUID orderId, UUID customerId, @Nullable Long basketRevision, Set<UUID> orderedProductIds)
        implements Command<Boolean> {}
