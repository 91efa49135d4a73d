package org.emporium.web.support;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.emporium.web.forms.ServiceForm;
import org.emporium.web.gateway.Gateway;
import org.emporium.web.gateway.ServiceProblem;
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
 * Support conversations, through message's API as the signed-in customer: the list of mine with a form to start one,
 * and a conversation's page (its messages oldest first, a reply form, close; the page posts {@code /read} once shown,
 * as showing it changes nothing). Messages are plain text: rendered as text ({@code th:text}), never as HTML. The
 * conversation's messages are a fragment ({@code /messages}) that {@code /assets/live.js} fetches again when
 * support's reply is notified (its link is the conversation's page).
 */
@Controller
@RequestMapping("/support")
class SupportController {
    static final int PAGE_SIZE = 20;

    private final Gateway gateway;
    private final Conversations conversations;

    SupportController(Gateway gateway, Conversations conversations) {
        this.gateway = gateway;
        this.conversations = conversations;
    }

    @GetMapping
    String conversations(@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page, Model model) {
        model.addAttribute("start", new StartForm("", ""));
        return list(page, model);
    }

    @PostMapping("/conversations")
    String start(@Valid @ModelAttribute("start") StartForm start, BindingResult errors, Model model) {
        var answer = new AtomicReference<@Nullable Map<String, Object>>();
        var sent = ServiceForm.of(errors, model)
                .send(() -> answer.set(gateway.user()
                        .post()
                        .uri("/api/message/conversations")
                        .body(Map.of(
                                "subject",
                                start.subject().strip(),
                                "text",
                                start.text().strip()))
                        .retrieve()
                        .body(Gateway.OBJECT)));
        if (!sent) {
            return list(0, model);
        }
        var conversation = answer.get();
        var id = conversation != null && conversation.get("id") instanceof String s ? UUID.fromString(s) : null;
        if (id == null) {
            throw new ServiceProblem(502, null, "message answered no conversation", Map.of());
        }
        return "redirect:/support/conversations/" + id;
    }

    @GetMapping("/conversations/{id}")
    String conversation(@PathVariable UUID id, Model model) {
        addConversation(id, model);
        model.addAttribute("reply", new ReplyForm(""));
        return "conversation";
    }

    /** The conversation's messages alone, for the live refresh. */
    @GetMapping("/conversations/{id}/messages")
    String messages(@PathVariable UUID id, Model model) {
        addConversation(id, model);
        return "conversation :: messages";
    }

    @PostMapping("/conversations/{id}/messages")
    String reply(
            @PathVariable UUID id,
            @Valid @ModelAttribute("reply") ReplyForm reply,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (ServiceForm.of(errors, model).send(() -> conversations.reply(id, reply.text()))) {
            redirect.addFlashAttribute("notice", "Sent.");
            return "redirect:/support/conversations/" + id;
        }
        addConversation(id, model);
        return "conversation";
    }

    /**
     * The customer has read the conversation (message keeps read state per side): posted by the page once shown and
     * after each live refresh (htmx on load, a button without script), since showing it must not change it. 204 to
     * htmx, otherwise back to the conversation.
     */
    @PostMapping("/conversations/{id}/read")
    ResponseEntity<Void> read(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable @Positive Long upTo,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx) {
        conversations.markRead(id, upTo);
        return Conversations.readAnswer(htmx, "/support/conversations/" + id);
    }

    @PostMapping("/conversations/{id}/close")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            conversations.close(id);
            redirect.addFlashAttribute("notice", "The conversation is closed.");
        } catch (ServiceProblem problem) {
            if (problem.status() >= 500 || problem.status() == 404) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem.getMessage());
        }
        return "redirect:/support/conversations/" + id;
    }

    private String list(int page, Model model) {
        model.addAttribute(
                "conversations",
                gateway.user()
                        .get()
                        .uri("/api/message/conversations?page={page}&size={size}", page, PAGE_SIZE)
                        .retrieve()
                        .body(Gateway.OBJECT));
        model.addAttribute("page", page);
        return "support";
    }

    private void addConversation(UUID id, Model model) {
        model.addAttribute("conversation", conversations.find(id));
    }

    /** Starting a conversation: message's limits (subject 1–120, text 1–2,000 characters, trimmed). */
    record StartForm(
            @NotBlank(message = "Enter a subject.") @Size(max = 120, message = "At most 120 characters.")
            String subject,

            @NotBlank(message = "Write your message.") @Size(max = 2000, message = "At most 2,000 characters.")
            String text) {}

    /** A reply. */
    record ReplyForm(
            @NotBlank(message = "Write your message.") @Size(max = 2000, message = "At most 2,000 characters.")
            String text) {}
}
