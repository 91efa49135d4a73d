package org.emporium.web.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.emporium.web.gateway.Gateway;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Orders: ordering's admin search (status, customer, placing dates), an order's page, and the admin's moves — ship
 * with carrier and tracking number, deliver, cancel with a note. ordering's state machine decides which move is
 * allowed; a refused one is shown with its wording.
 */
@Controller
@RequestMapping("/admin/orders")
class AdminOrdersController {
    static final String STATUSES = "|PENDING|AWAITING_PAYMENT|PAID|SHIPPED|DELIVERED|CANCELLED|EXPIRED";

    private final Gateway gateway;

    AdminOrdersController(Gateway gateway) {
        this.gateway = gateway;
    }

    /** {@code from} and {@code to} are days (UTC), both inclusive here; ordering's {@code to} is exclusive. */
    @GetMapping
    String search(
            @RequestParam(required = false) @Pattern(regexp = STATUSES) @Nullable String status,
            @RequestParam(required = false) @Nullable UUID customerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            Model model) {
        var query = UriComponentsBuilder.fromPath("/api/ordering/admin/orders")
                .queryParam("page", page)
                .queryParam("size", 20);
        var filters = new LinkedHashMap<String, Object>();
        if (status != null && !status.isEmpty()) {
            query.queryParam("status", status);
            filters.put("status", status);
        }
        if (customerId != null) {
            query.queryParam("customerId", customerId);
            filters.put("customerId", customerId);
        }
        if (from != null) {
            query.queryParam("from", from.atStartOfDay().toInstant(ZoneOffset.UTC));
            filters.put("from", from);
        }
        if (to != null) {
            query.queryParam("to", to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            filters.put("to", to);
        }
        model.addAttribute("filters", filters);
        model.addAttribute("page", page);
        model.addAttribute(
                "orders",
                gateway.user()
                        .get()
                        .uri(query.encode().build().toUri())
                        .retrieve()
                        .body(Gateway.OBJECT));
        return "admin/orders";
    }

    @GetMapping("/{id}")
    String order(@PathVariable UUID id, Model model) {
        model.addAttribute(
                "order",
                gateway.user()
                        .get()
                        .uri("/api/ordering/orders/{id}", id)
                        .retrieve()
                        .body(Gateway.OBJECT));
        return "admin/order";
    }

    @PostMapping("/{id}/ship")
    String ship(
            @PathVariable UUID id,
            @RequestParam @NotBlank @Size(max = 100) String carrier,
            @RequestParam @NotBlank @Size(max = 100) String trackingNumber,
            RedirectAttributes redirect) {
        BackOffice.attempt(
                redirect,
                "Order shipped.",
                () -> gateway.user()
                        .post()
                        .uri("/api/ordering/admin/orders/{id}/ship", id)
                        .body(Map.of("carrier", carrier.strip(), "trackingNumber", trackingNumber.strip()))
                        .retrieve()
                        .toBodilessEntity());
        return "redirect:/admin/orders/" + id;
    }

    @PostMapping("/{id}/deliver")
    String deliver(@PathVariable UUID id, RedirectAttributes redirect) {
        BackOffice.attempt(
                redirect,
                "Order delivered.",
                () -> gateway.user()
                        .post()
                        .uri("/api/ordering/admin/orders/{id}/deliver", id)
                        .retrieve()
                        .toBodilessEntity());
        return "redirect:/admin/orders/" + id;
    }

    /** Cancels as an admin (reason {@code ADMIN}); the note is stored as the order's {@code cancelNote}. */
    @PostMapping("/{id}/cancel")
    String cancel(
            @PathVariable UUID id,
            @RequestParam(required = false) @Size(max = 500) @Nullable String note,
            RedirectAttributes redirect) {
        var body = new LinkedHashMap<String, Object>();
        var theNote = BackOffice.blankToNull(note);
        if (theNote != null) {
            body.put("reason", theNote);
        }
        BackOffice.attempt(
                redirect,
                "Order cancelled.",
                () -> gateway.user()
                        .post()
                        .uri("/api/ordering/orders/{id}/cancel", id)
                        .body(body)
                        .retrieve()
                        .toBodilessEntity());
        return "redirect:/admin/orders/" + id;
    }
}
