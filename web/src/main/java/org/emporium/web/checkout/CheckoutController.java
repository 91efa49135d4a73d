package org.emporium.web.checkout;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.emporium.web.gateway.Gateway;
import org.emporium.web.gateway.ServiceProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Checkout in two steps and a post: the address ({@code /checkout}), the review of the basket as basket and discount
 * price it ({@code /checkout/review}), and placing the order ({@code POST /checkout/place}) with the checkout's
 * {@code Idempotency-Key} and the total the customer saw as {@code expectedTotal}; ordering computes everything and
 * its refusal (an empty basket, a moved price, stock, a coupon) is shown with its own wording.
 */
@Controller
@RequestMapping("/checkout")
class CheckoutController {
    private final Gateway gateway;

    CheckoutController(Gateway gateway) {
        this.gateway = gateway;
    }

    @ModelAttribute("countries")
    Object countries() {
        return Countries.ALL;
    }

    @GetMapping
    String address(HttpSession session, Model model) {
        var state = (CheckoutState) session.getAttribute(CheckoutState.ATTRIBUTE);
        model.addAttribute("address", state != null ? state.address() : AddressForm.empty());
        model.addAttribute("basket", basket());
        return "checkout";
    }

    @PostMapping("/address")
    String saveAddress(
            @Valid @ModelAttribute("address") AddressForm address,
            BindingResult errors,
            HttpSession session,
            Model model) {
        if (!errors.hasFieldErrors("country") && !Countries.isAssigned(address.country())) {
            errors.rejectValue("country", "country", "Choose a country from the list.");
        }
        if (errors.hasErrors()) {
            model.addAttribute("basket", basket());
            return "checkout";
        }
        var state = (CheckoutState) session.getAttribute(CheckoutState.ATTRIBUTE);
        if (state == null || state.isPlaced() || !state.address().equals(address)) {
            session.setAttribute(CheckoutState.ATTRIBUTE, CheckoutState.start(address));
        }
        return "redirect:/checkout/review";
    }

    @GetMapping("/review")
    String review(HttpSession session, Model model) {
        var state = (CheckoutState) session.getAttribute(CheckoutState.ATTRIBUTE);
        if (state == null) {
            return "redirect:/checkout";
        }
        if (state.isPlaced()) {
            return "redirect:/orders/" + state.placedOrderId();
        }
        model.addAttribute("address", state.address());
        model.addAttribute("country", countryName(state.address().country()));
        model.addAttribute("basket", basket());
        return "checkout-review";
    }

    @PostMapping("/place")
    String place(
            @RequestParam @DecimalMin("0") BigDecimal expectedTotal, HttpSession session, RedirectAttributes redirect) {
        var state = (CheckoutState) session.getAttribute(CheckoutState.ATTRIBUTE);
        if (state == null) {
            return "redirect:/checkout";
        }
        if (state.isPlaced()) {
            // a reload of the placing request: the order exists
            return "redirect:/orders/" + state.placedOrderId();
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("shippingAddress", state.address().toRequest());
        body.put("expectedTotal", expectedTotal);
        Map<String, Object> order;
        try {
            order = gateway.user()
                    .post()
                    .uri("/api/ordering/orders")
                    .header("Idempotency-Key", state.idempotencyKey())
                    .body(body)
                    .retrieve()
                    .body(Gateway.OBJECT);
        } catch (ServiceProblem problem) {
            if (problem.status() >= 500) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem.getMessage());
            return "redirect:/checkout/review";
        }
        if (order == null || !(order.get("id") instanceof String answered)) {
            throw new ServiceProblem(502, null, "ordering answered no order", Map.of());
        }
        var id = UUID.fromString(answered).toString();
        session.setAttribute(CheckoutState.ATTRIBUTE, state.placed(id));
        redirect.addFlashAttribute("notice", "Thank you: your order is placed.");
        return "redirect:/orders/" + id;
    }

    private @Nullable Map<String, Object> basket() {
        return gateway.user().get().uri("/api/basket").retrieve().body(Gateway.OBJECT);
    }

    private static String countryName(String code) {
        return Countries.ALL.stream()
                .filter(c -> c.code().equals(code))
                .map(Countries.Country::name)
                .findFirst()
                .orElse(code);
    }
}
