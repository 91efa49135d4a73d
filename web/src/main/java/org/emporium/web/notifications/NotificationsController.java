package org.emporium.web.notifications;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.emporium.web.gateway.Gateway;
import org.emporium.web.gateway.ServiceProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notifications page (message's inbox of the signed-in user: paged, newest first, mark one or all read) and the
 * bell, a fragment with the unread count that the header loads and {@code /assets/live.js} reloads on every new
 * notification. A notification's link is followed only when it is a path of this site.
 */
@Controller
@RequestMapping("/notifications")
class NotificationsController {
    static final int PAGE_SIZE = 20;

    private final Gateway gateway;

    NotificationsController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping
    String notifications(
            @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
            @RequestParam(defaultValue = "false") boolean unread,
            Model model) {
        model.addAttribute(
                "notifications",
                gateway.user()
                        .get()
                        .uri(
                                "/api/message/notifications?page={page}&size={size}&unread={unread}",
                                page,
                                PAGE_SIZE,
                                unread)
                        .retrieve()
                        .body(Gateway.OBJECT));
        model.addAttribute("page", page);
        model.addAttribute("unread", unread);
        return "notifications";
    }

    /** The header's bell: a link to this page with the unread count. */
    @GetMapping("/bell")
    String bell(Model model) {
        var count = gateway.user()
                .get()
                .uri("/api/message/notifications/unread-count")
                .retrieve()
                .body(Gateway.OBJECT);
        model.addAttribute("unreadCount", count != null && count.get("unread") instanceof Number n ? n.longValue() : 0);
        return "fragments :: bell";
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable long id, RedirectAttributes redirect) {
        return change(redirect, "Marked as read.", "/api/message/notifications/{id}/read", id);
    }

    @PostMapping("/read-all")
    String readAll(RedirectAttributes redirect) {
        return change(redirect, "All marked as read.", "/api/message/notifications/read-all");
    }

    private String change(RedirectAttributes redirect, String done, String uri, Object... variables) {
        try {
            gateway.user().post().uri(uri, variables).retrieve().toBodilessEntity();
            redirect.addFlashAttribute("notice", done);
        } catch (ServiceProblem problem) {
            if (problem.status() >= 500) {
                throw problem;
            }
            redirect.addFlashAttribute("problem", problem.getMessage());
        }
        return "redirect:/notifications";
    }
}
