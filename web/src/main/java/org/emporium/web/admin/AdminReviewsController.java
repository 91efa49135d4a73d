package org.emporium.web.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.emporium.web.gateway.Gateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** comment's moderation queue (oldest first): approve, or reject with the reason its author is told. */
@Controller
@RequestMapping("/admin/reviews")
class AdminReviewsController {
    private final Gateway gateway;

    AdminReviewsController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    String queue(
            @RequestParam(defaultValue = "PENDING") @Pattern(regexp = "PENDING|APPROVED|REJECTED") String status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            Model model) {
        model.addAttribute("status", status);
        model.addAttribute("page", page);
        model.addAttribute(
                "reviews",
                gateway.user()
                        .get()
                        .uri("/api/comment/admin/reviews?status={status}&page={page}&size=20", status, page)
                        .retrieve()
                        .body(Gateway.OBJECT));
        return "admin/reviews";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable UUID id, RedirectAttributes redirect) {
        BackOffice.attempt(
                redirect,
                "Review approved.",
                () -> gateway.user()
                        .post()
                        .uri("/api/comment/admin/reviews/{id}/approve", id)
                        .retrieve()
                        .toBodilessEntity());
        return "redirect:/admin/reviews";
    }

    @PostMapping("/{id}/reject")
    String reject(
            @PathVariable UUID id,
            @RequestParam @NotBlank @Size(max = 500) String reason,
            RedirectAttributes redirect) {
        BackOffice.attempt(
                redirect,
                "Review rejected; its author is told why.",
                () -> gateway.user()
                        .post()
                        .uri("/api/comment/admin/reviews/{id}/reject", id)
                        .body(Map.of("reason", reason.strip()))
                        .retrieve()
                        .toBodilessEntity());
        return "redirect:/admin/reviews";
    }
}
