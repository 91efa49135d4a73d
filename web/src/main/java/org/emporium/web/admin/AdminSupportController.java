package org.emporium.web.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.emporium.web.forms.ServiceForm;
import org.emporium.web.gateway.Gateway;
import org.emporium.web.support.Conversations;
import org.jspecify.annotations.Nullable;
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
    private final Conversations conversations;

    AdminSupportController(Gateway gateway, Conversations conversations) {
        this.gateway = gateway;
        this.conversations = conversations;
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
        conversations.markRead(id, upTo);
        return Conversations.readAnswer(htmx, "/admin/support/" + id);
    }

    @PostMapping("/{id}/messages")
    String reply(
            @PathVariable UUID id,
            @Valid @ModelAttribute("reply") ReplyForm reply,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (ServiceForm.of(errors, model).send(() -> conversations.reply(id, reply.text()))) {
            redirect.addFlashAttribute("notice", "Reply sent.");
            return "redirect:/admin/support/" + id;
        }
        addConversation(id, model);
        return "admin/conversation";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        BackOffice.attempt(redirect, "Conversation closed.", () -> conversations.close(id));
        return "redirect:/admin/support/" + id;
    }

    private void addConversation(UUID id, Model model) {
        model.addAttribute("conversation", conversations.find(id));
    }

    /** A reply, within message's limits (1–2,000 characters, trimmed). */
    record ReplyForm(
            @NotBlank(message = "Write the reply.") @Size(max = 2000, message = "At most 2,000 characters.")
            String text) {}
}
