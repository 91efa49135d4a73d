package org.emporium.basket.api;

import java.util.UUID;
import org.emporium.basket.application.BasketView;
import org.emporium.basket.application.GetBasket;
import org.emporium.platform.mediator.Mediator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For ordering at checkout (scope {@code basket.read}; the gateway does not route {@code /internal}). */
@RestController
@RequestMapping("/internal/baskets")
class InternalBasketController {
    private final Mediator mediator;

    InternalBasketController(Mediator mediator) {
        this.mediator = mediator;
    }

    @GetMapping("/{customerId}")
    BasketView get(@PathVariable UUID customerId) {
        return mediator.send(new GetBasket(customerId));
    }
}
