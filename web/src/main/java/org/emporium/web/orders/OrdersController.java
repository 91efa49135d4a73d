package org.emporium.web.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.emporium.web.WebProperties;
import org.emporium.web.forms.ServiceForm;
import org.emporium.web.gateway.Gateway;
import org.emporium.web.gateway.ServiceProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My orders, from ordering's customer API: the paged list, one order (lines, totals, address, status history,
 * payment, shipment) whose status part {@code /orders/{id}/status} is fetched again when a notification about the
 * order arrives ({@code /assets/live.js}), paying with the simulated card and cancelling. Whether an order may be paid
 * or cancelled is ordering's rule: the page offers the buttons for the statuses ordering allows them in, and shows
 * ordering's refusal when it says no.
 */
@Controller
@RequestMapping("/orders")
class OrdersController {
    static final int PAGE_SIZE = 10;

    /** The statuses a customer may cancel in (ordering's state machine, docs/ordering.md): what the page offers. */
    static final Set<String> CANCELLABLE = Set.of("PENDING", "AWAITING_PAYMENT", "PAID");

    /** The simulated provider's test cards (docs/ordering.md), shown on the pay page in the dev profile. */
    static final List<Map<String, String>> TEST_CARDS = List.of(
            Map.of("number", "4242 4242 4242 4242", "answer", "approved"),
            Map.of("number", "4000 0000 0000 0002", "answer", "declined"),
            Map.of("number", "4000 0000 0000 0119", "answer", "times out (nothing charged)"),
            Map.of("number", "4000 0000 0000 3220", "answer", "approved after 3 s"));

    private final Gateway gateway;
    private final WebProperties web;

    OrdersController(Gateway gateway, WebProperties web) {
        this.gateway = gateway;
        this.web = web;
    }

    @GetMapping
    String orders(@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page, Model model) {
        model.addAttribute(
                "orders",
                gateway.user()
                        .get()
                        .uri("/api/ordering/orders?page={page}&size={size}", page, PAGE_SIZE)
                        .retrieve()
                        .body(Gateway.OBJECT));
        model.addAttribute("page", page);
        return "orders";
    }

    @GetMapping("/{id}")
    String order(@PathVariable UUID id, Model model) {
        addOrder(id, model);
        return "order";
    }

    /** The order page's status part alone (status, what can be done now, history), for the live refresh. */
    @GetMapping("/{id}/status")
    String status(@PathVariable UUID id, Model model) {
        addOrder(id, model);
        return "order :: status";
    }

    @PostMapping("/{id}/cancel")
    String cancel(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable @Size(max = 500) String reason,
            RedirectAttributes redirect) {
        var body = new LinkedHashMap<String, Object>();
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason.strip());
        }
        try {
            gateway.user()
                    .post()
                    .uri("/api/ordering/orders/{id}/cancel", id)
                    .body(body)
                    .retrieve()
                    .toBodilessEntity();
            redirect.addFlashAttribute("notice", "Your order is cancelled.");
        } catch (ServiceProblem problem) {
            if (problem.status() >= 500 || problem.status() == 404) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem.getMessage());
        }
        return "redirect:/orders/" + id;
    }

    @GetMapping("/{id}/pay")
    String payForm(@PathVariable UUID id, Model model) {
        addOrder(id, model);
        model.addAttribute("card", new PaymentForm("", "", "", ""));
        return "pay";
    }

    @PostMapping("/{id}/pay")
    String pay(
            @PathVariable UUID id,
            @Valid @ModelAttribute("card") PaymentForm card,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        // 402 declined, 503 provider unavailable, 409 no longer payable, 400 the card's shape: all shown on the form
        // in ordering's words; ordering's own 5xx (anything else) is the shop being down.
        var sent = ServiceForm.of(errors, model)
                .naming("cardNumberValid", "cardNumber")
                .naming("cvcValid", "cvc")
                .naming("expiryInFuture", "expiry")
                .showing(503)
                .send(() -> gateway.user()
                        .post()
                        .uri("/api/ordering/orders/{id}/payment", id)
                        .body(Map.of(
                                "cardholder", card.cardholder().strip(),
                                "cardNumber", card.cardNumber(),
                                "expiry", card.expiry(),
                                "cvc", card.cvc()))
                        .retrieve()
                        .toBodilessEntity());
        if (sent) {
            redirect.addFlashAttribute("notice", "Thank you: your payment went through.");
            return "redirect:/orders/" + id;
        }
        // the page writes the card number and the CVC typed back into nothing: pay.html leaves both fields empty
        addOrder(id, model);
        return "pay";
    }

    private void addOrder(UUID id, Model model) {
        var order = gateway.user()
                .get()
                .uri("/api/ordering/orders/{id}", id)
                .retrieve()
                .body(Gateway.OBJECT);
        model.addAttribute("order", order);
        var status = order != null && order.get("status") instanceof String s ? s : "";
        model.addAttribute("payable", "AWAITING_PAYMENT".equals(status));
        model.addAttribute("cancellable", CANCELLABLE.contains(status));
        model.addAttribute("testCards", web.showTestCards() ? TEST_CARDS : List.of());
    }
}
