package org.emporium.discount.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Query;

/** The redemption of one order (404 {@code DISCOUNT.REDEMPTION_NOT_FOUND} when there is none). */
public record GetRedemption(@NotNull UUID orderId) implements Query<RedemptionView> {}
