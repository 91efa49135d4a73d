package org.emporium.basket.api;

import jakarta.validation.Valid;
import java.util.UUID;
import org.emporium.basket.application.AddLine;
import org.emporium.basket.application.ApplyCoupon;
import org.emporium.basket.application.BasketView;
import org.emporium.basket.application.ClearBasket;
import org.emporium.basket.application.GetBasket;
import org.emporium.basket.application.RemoveCoupon;
import org.emporium.basket.application.RemoveLine;
import org.emporium.basket.application.SetLineQuantity;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's own basket. No path names a customer: the basket is always the token's user's, so a
 * customer cannot address another's basket at all. Every write answers the whole basket as it now is.
 */
@RestController
@RequestMapping("/api/basket")
class BasketController {
    private final Mediator mediator;
    private final CurrentUser currentUser;

    BasketController(Mediator mediator, CurrentUser currentUser) {
        this.mediator = mediator;
        this.currentUser = currentUser;
    }

    @GetMapping
    BasketView get() {
        return mediator.send(new GetBasket(currentUser.id()));
    }

    @PostMapping("/lines")
    BasketView add(@Valid @RequestBody AddLineRequest request) {
        return mediator.send(new AddLine(currentUser.id(), request.productId(), request.quantity()));
    }

    @PutMapping("/lines/{productId}")
    BasketView setQuantity(@PathVariable UUID productId, @Valid @RequestBody QuantityRequest request) {
        return mediator.send(new SetLineQuantity(currentUser.id(), productId, request.quantity()));
    }

    @DeleteMapping("/lines/{productId}")
    BasketView remove(@PathVariable UUID productId) {
        return mediator.send(new RemoveLine(currentUser.id(), productId));
    }

    @PutMapping("/coupon")
    BasketView applyCoupon(@Valid @RequestBody CouponRequest request) {
        return mediator.send(new ApplyCoupon(currentUser.id(), request.code()));
    }

    @DeleteMapping("/coupon")
    BasketView removeCoupon() {
        return mediator.send(new RemoveCoupon(currentUser.id()));
    }

    @DeleteMapping
    BasketView clear() {
        return mediator.send(new ClearBasket(currentUser.id()));
    }
}
