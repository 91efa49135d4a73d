package org.emporium.web.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.emporium.web.forms.ServiceForm;
import org.emporium.web.gateway.Gateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The support inbox: message's queue of customers' conversations (open ones by default), a conversation (the page
 * marks it read for support by posting {@code /read} once shown), replying (refusals next to the reply field, the
 * text kept) and closing.
 */
@Controller
@RequestMapping("/admin/support")
class AdminSupportController {
    private final Gateway gateway;

    AdminSupportController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    String inbox(
            @RequestParam(defaultValue = "OPEN") @Pattern(regexp = "OPEN|CLOSED|ALL") String status,
            @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            Model model) {
        var uri = "ALL".equals(status)
                ? "/api/message/conversations/support?all=true&page={page}&size=20"
                : "/api/message/conversations/support?status=" + status + "&page={page}&size=20";
        model.addAttribute("status", status);
        model.addAttribute("page", page);
        model.addAttribute(
                "conversations", gateway.user().get().uri(uri, page).retrieve().body(Gateway.OBJECT));
        return "admin/support";
    }

    @GetMapping("/{id}")
    String conversation(@PathVariable UUID id, Model model) {
        addConversation(id, model);
        model.addAttribute("reply", new ReplyForm(""));
        return "admin/conversation";
    }

    /**
     * Support has read the conversation: posted by the page once it is shown (htmx on load, a button without
     * script), since showing it must not change it. 204 to htmx, otherwise back to the conversation.
     */
    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable @Positive Long upTo,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        gateway.user()
                .post()
                .uri(uri -> uri.path("/api/message/conversations/{id}/read")
                        .queryParamIfPresent("upTo", Optional.ofNullable(upTo))
                        .build(id))
                .retrieve()
                .toBodilessEntity();
        return htmx != null
                ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.FOUND)
                        .location(URI.create("/admin/support/" + id))
                        .build();
    }

    @PostMapping("/{id}/messages")
    String reply(
            @PathVariable UUID id,
            @Valid @ModelAttribute("reply") ReplyForm reply,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        var sent = ServiceForm.of(errors, model)
                .send(() -> gateway.user()
                        .post()
                        .uri("/api/message/conversations/{id}/messages", id)
                        .body(Map.of("text", reply.text().strip()))
                        .retrieve()
                        .toBodilessEntity());
        if (sent) {
            redirect.addFlashAttribute("notice", "Reply sent.");
            return "redirect:/admin/support/" + id;
        }
        addConversation(id, model);
        return "admin/conversation";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        BackOffice.attempt(
                redirect,
                "Conversation closed.",
                () -> gateway.user()
                        .post()
                        .uri("/api/message/conversations/{id}/close", id)
                        .retrieve()
                        .toBodilessEntity());
        return "redirect:/admin/support/" + id;
    }

    private void addConversation(UUID id, Model model) {
        model.addAttribute(
                "conversation",
                gateway.user()
                        .get()
                        .uri("/api/message/conversations/{id}", id)
                        .retrieve()
                        .body(Gateway.OBJECT));
    }

    /** A reply, within message's limits (1–2,000 characters, trimmed). */
    record ReplyForm(
            @NotBlank(message = "Write the reply.") @Size(max = 2000, message = "At most 2,000 characters.")
            String text) {}
}
