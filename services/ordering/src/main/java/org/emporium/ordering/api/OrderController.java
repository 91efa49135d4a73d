package org.emporium.ordering.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.emporium.ordering.application.CancelOrder;
import org.emporium.ordering.application.Checkout;
import org.emporium.ordering.application.GetOrder;
import org.emporium.ordering.application.ListMyOrders;
import org.emporium.ordering.application.OrderSummaryView;
import org.emporium.ordering.application.OrderView;
import org.emporium.ordering.application.PayOrder;
import org.emporium.ordering.application.RefundOrder;
import org.emporium.ordering.domain.OrderId;
import org.emporium.ordering.domain.OrderStatus;
import org.emporium.ordering.domain.OrderingErrors;
import org.emporium.platform.core.PageView;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.CurrentUser;
import org.emporium.platform.web.ETags;
import org.emporium.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in customer's orders; another customer's order id is 404 everywhere. */
@RestController
@RequestMapping("/api/ordering/orders")
class OrderController {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Logger log = LoggerFactory.getLogger(OrderController.class);
    private final Mediator mediator;
    private final CurrentUser currentUser;

    OrderController(Mediator mediator, CurrentUser currentUser) {
        this.mediator = mediator;
        this.currentUser = currentUser;
    }

    @PostMapping
    ResponseEntity<?> checkout(
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key,
            @Valid @RequestBody CheckoutRequest request) {
        if (key == null || !key.matches("[\\x21-\\x7E]{1,64}")) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(
                            HttpStatus.BAD_REQUEST,
                            "ORDERING.IDEMPOTENCY_KEY_REQUIRED",
                            "Send an Idempotency-Key header of 1 to 64 printable characters."));
        }
        var customer = currentUser.id();
        var result = mediator.send(
                new Checkout(customer, key, request.shippingAddress().toAddress(), request.expectedTotal()));
        var order = mediator.send(new GetOrder(result.orderId().value(), customer));
        if (result.created()) {
            return ResponseEntity.created(URI.create("/api/ordering/orders/" + order.id()))
                    .eTag(ETags.of(order.version()))
                    .body(order);
        }
        return ResponseEntity.ok().eTag(ETags.of(order.version())).body(order);
    }

    @GetMapping
    PageView<OrderSummaryView> list(
            @RequestParam(required = false) @Nullable OrderStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return mediator.send(new ListMyOrders(currentUser.id(), status, page, size));
    }

    @GetMapping("/{id}")
    ResponseEntity<OrderView> get(@PathVariable UUID id) {
        var order = mediator.send(new GetOrder(id, currentUser.isAdmin() ? null : currentUser.id()));
        return ResponseEntity.ok().eTag(ETags.of(order.version())).body(order);
    }

    @PostMapping("/{id}/payment")
    ResponseEntity<?> pay(@PathVariable UUID id, @Valid @RequestBody PaymentRequest request) {
        var customer = currentUser.id();
        var outcome = mediator.send(new PayOrder(new OrderId(id), customer, request.cardNumber()));
        if (!outcome.paid()) {
            var problem = Problems.of(
                    HttpStatus.PAYMENT_REQUIRED,
                    OrderingErrors.PAYMENT_DECLINED,
                    "The card was declined; the order is still waiting for payment.");
            problem.setProperty("reason", outcome.declineReason());
            return ResponseEntity.status(HttpStatus.PAYMENT_REQUIRED)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        var order = mediator.send(new GetOrder(id, customer));
        return ResponseEntity.ok().eTag(ETags.of(order.version())).body(order);
    }

    private void refund(OrderId id) {
        try {
            mediator.send(new RefundOrder(id));
        } catch (RuntimeException e) {
            log.warn("Refund of cancelled order {} failed; the retry job tries again: {}", id, e.toString());
        }
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<OrderView> cancel(
            @PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable CancelRequest request) {
        var admin = currentUser.isAdmin();
        var caller = currentUser.id();
        var note = request == null ? null : request.reason();
        var refundDue =
                mediator.send(new CancelOrder(new OrderId(id), admin ? null : caller, admin ? caller : null, note));
        if (refundDue) {
            // after the cancellation's commit, with no lock held; a failure leaves REFUND_PENDING for the retry job
            refund(new OrderId(id));
        }
        var order = mediator.send(new GetOrder(id, admin ? null : caller));
        return ResponseEntity.ok().eTag(ETags.of(order.version())).body(order);
    }
}
