package org.emporium.discount.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.emporium.discount.application.GetRedemption;
import org.emporium.discount.application.RedemptionView;
import org.emporium.discount.application.ReleaseRedemption;
import org.emporium.discount.application.ReserveRedemption;
import org.emporium.platform.mediator.Mediator;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ordering's side of redemptions (scope {@code discount.redeem}, not routed by the gateway): reserve at checkout
 * (201 the first time, 200 with the same reservation for the same order again; 422 {@code DISCOUNT.COUPON_REJECTED}
 * with {@code reason}) and release (204 always).
 */
@RestController
class RedemptionController {
    static final String RELEASED_BY_ORDERING = "RELEASED_BY_ORDERING";
    private final Mediator mediator;

    RedemptionController(Mediator mediator) {
        this.mediator = mediator;
    }

    @PostMapping("/internal/redemptions")
    ResponseEntity<RedemptionView> reserve(@Valid @RequestBody RedemptionRequest request) {
        boolean created = mediator.send(new ReserveRedemption(
                request.orderId(),
                request.customerId(),
                request.code(),
                request.currency(),
                request.lines().stream().map(LineRequest::toInput).toList()));
        var redemption = mediator.send(new GetRedemption(request.orderId()));
        return created
                ? ResponseEntity.created(URI.create("/internal/redemptions/" + request.orderId()))
                        .body(redemption)
                : ResponseEntity.ok(redemption);
    }

    @DeleteMapping("/internal/redemptions/{orderId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable UUID orderId) {
        mediator.send(new ReleaseRedemption(orderId, RELEASED_BY_ORDERING));
    }
}
