package org.emporium.basket.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** Applies a coupon after discount quoted it for the basket as it is; refused with discount's reason otherwise. */
public record ApplyCoupon(
        UUID customerId,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}") String code) implements Command<BasketView> {}
