package org.emporium.message.api;

import java.util.Map;
import org.emporium.message.application.DeleteNotification;
import org.emporium.message.application.GetUnreadCount;
import org.emporium.message.application.ListNotifications;
import org.emporium.message.application.MarkAllNotificationsRead;
import org.emporium.message.application.MarkNotificationRead;
import org.emporium.message.application.NotificationPageView;
import org.emporium.message.application.Paging;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox: only their own notifications; anyone else's id is 404. */
@RestController
@RequestMapping("/api/message/notifications")
class NotificationController {
    private final Mediator mediator;
    private final CurrentUser currentUser;

    NotificationController(Mediator mediator, CurrentUser currentUser) {
        this.mediator = mediator;
        this.currentUser = currentUser;
    }

    @GetMapping
    NotificationPageView list(
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return mediator.send(new ListNotifications(currentUser.id(), unread, page, size));
    }

    @GetMapping("/unread-count")
    Map<String, Long> unreadCount() {
        return Map.of("unread", mediator.send(new GetUnreadCount(currentUser.id())));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable long id) {
        mediator.send(new MarkNotificationRead(currentUser.id(), id));
    }

    @PostMapping("/read-all")
    Map<String, Integer> readAll() {
        return Map.of("marked", mediator.send(new MarkAllNotificationsRead(currentUser.id())));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        mediator.send(new DeleteNotification(currentUser.id(), id));
    }
}
