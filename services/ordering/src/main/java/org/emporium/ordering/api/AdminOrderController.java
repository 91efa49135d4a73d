package org.emporium.ordering.api;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.UUID;
import org.emporium.ordering.application.DeliverOrder;
import org.emporium.ordering.application.GetOrder;
import org.emporium.ordering.application.OrderSummaryView;
import org.emporium.ordering.application.OrderView;
import org.emporium.ordering.application.SearchOrders;
import org.emporium.ordering.application.ShipOrder;
import org.emporium.ordering.domain.OrderId;
import org.emporium.ordering.domain.OrderStatus;
import org.emporium.platform.core.PageView;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.CurrentUser;
import org.emporium.platform.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admins: search every order, ship and deliver. */
@RestController
@RequestMapping("/api/ordering/admin/orders")
class AdminOrderController {
    private final Mediator mediator;
    private final CurrentUser currentUser;

    AdminOrderController(Mediator mediator, CurrentUser currentUser) {
        this.mediator = mediator;
        this.currentUser = currentUser;
    }

    @GetMapping
    PageView<OrderSummaryView> search(
            @RequestParam(required = false) @Nullable OrderStatus status,
            @RequestParam(required = false) @Nullable UUID customerId,
            @RequestParam(required = false) @Nullable Instant from,
            @RequestParam(required = false) @Nullable Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return mediator.send(new SearchOrders(status, customerId, from, to, page, size));
    }

    @PostMapping("/{id}/ship")
    ResponseEntity<OrderView> ship(@PathVariable UUID id, @Valid @RequestBody ShipRequest request) {
        mediator.send(new ShipOrder(
                new OrderId(id),
                currentUser.id(),
                request.carrier().strip(),
                request.trackingNumber().strip()));
        return answer(id);
    }

    @PostMapping("/{id}/deliver")
    ResponseEntity<OrderView> deliver(@PathVariable UUID id) {
        mediator.send(new DeliverOrder(new OrderId(id), currentUser.id()));
        return answer(id);
    }

    private ResponseEntity<OrderView> answer(UUID id) {
        var order = mediator.send(new GetOrder(id, null));
        return ResponseEntity.ok().eTag(ETags.of(order.version())).body(order);
    }
}
