package org.emporium.web.basket;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.emporium.web.gateway.Gateway;
import org.emporium.web.gateway.ServiceProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The basket page and its forms. Each form posts here, this calls basket's API as the user, and redirects back to
 * the page (post/redirect/get), with basket's or discount's refusal as the message when there is one.
 */
@Controller
@Validated
@RequestMapping("/basket")
class BasketController {
    private final Gateway gateway;

    BasketController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    String basket(Model model) {
        model.addAttribute(
                "basket", gateway.user().get().uri("/api/basket").retrieve().body(Gateway.OBJECT));
        return "basket";
    }

    @PostMapping("/lines")
    String add(
            @RequestParam UUID productId,
            @RequestParam(defaultValue = "1") @Min(1) @Max(99) int quantity,
            RedirectAttributes redirect) {
        return change(
                redirect,
                "Added to your basket.",
                () -> gateway.user()
                        .post()
                        .uri("/api/basket/lines")
                        .body(Map.of("productId", productId, "quantity", quantity))
                        .retrieve()
                        .toBodilessEntity());
    }

    @PostMapping("/lines/{productId}")
    String quantity(
            @PathVariable UUID productId, @RequestParam @Min(1) @Max(99) int quantity, RedirectAttributes redirect) {
        return change(
                redirect,
                "Quantity changed.",
                () -> gateway.user()
                        .put()
                        .uri("/api/basket/lines/{id}", productId)
                        .body(Map.of("quantity", quantity))
                        .retrieve()
                        .toBodilessEntity());
    }

    @PostMapping("/lines/{productId}/remove")
    String remove(@PathVariable UUID productId, RedirectAttributes redirect) {
        return change(
                redirect,
                "Removed from your basket.",
                () -> gateway.user()
                        .delete()
                        .uri("/api/basket/lines/{id}", productId)
                        .retrieve()
                        .toBodilessEntity());
    }

    @PostMapping("/coupon")
    String coupon(@RequestParam @NotBlank @Size(max = 64) String code, RedirectAttributes redirect) {
        return change(
                redirect,
                "Coupon applied.",
                () -> gateway.user()
                        .put()
                        .uri("/api/basket/coupon")
                        .body(Map.of("code", code.strip()))
                        .retrieve()
                        .toBodilessEntity());
    }

    @PostMapping("/coupon/remove")
    String removeCoupon(RedirectAttributes redirect) {
        return change(
                redirect,
                "Coupon removed.",
                () -> gateway.user()
                        .delete()
                        .uri("/api/basket/coupon")
                        .retrieve()
                        .toBodilessEntity());
    }

    private String change(RedirectAttributes redirect, String done, Runnable call) {
        try {
            call.run();
            redirect.addFlashAttribute("notice", done);
        } catch (ServiceProblem problem) {
            if (problem.status() >= 500) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem.getMessage());
        }
        return "redirect:/basket";
    }
}
