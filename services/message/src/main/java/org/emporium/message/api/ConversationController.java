package org.emporium.message.api;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.emporium.message.application.CloseConversation;
import org.emporium.message.application.ConversationDetailView;
import org.emporium.message.application.ConversationMessageView;
import org.emporium.message.application.ConversationPageView;
import org.emporium.message.application.GetConversation;
import org.emporium.message.application.ListMyConversations;
import org.emporium.message.application.ListSupportConversations;
import org.emporium.message.application.MarkConversationRead;
import org.emporium.message.application.OpenConversation;
import org.emporium.message.application.Paging;
import org.emporium.message.application.PostConversationMessage;
import org.emporium.message.domain.ConversationStatus;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Support conversations. A customer opens and sees only their own (anyone else's id is 404); admins are the support
 * side of every conversation and list support's queue.
 */
@RestController
@RequestMapping("/api/message/conversations")
class ConversationController {
    private final Mediator mediator;
    private final CurrentUser currentUser;

    ConversationController(Mediator mediator, CurrentUser currentUser) {
        this.mediator = mediator;
        this.currentUser = currentUser;
    }

    @PostMapping
    ResponseEntity<ConversationDetailView> open(@Valid @RequestBody ConversationRequests.Open request) {
        var id = mediator.send(new OpenConversation(currentUser.id(), request.subject(), request.text()));
        return ResponseEntity.created(URI.create("/api/message/conversations/" + id))
                .body(mediator.send(new GetConversation(currentUser.id(), currentUser.isAdmin(), id)));
    }

    @GetMapping
    ConversationPageView mine(
            @RequestParam(required = false) @Nullable ConversationStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return mediator.send(new ListMyConversations(currentUser.id(), status, page, size));
    }

    /** Support's queue (ADMIN only, see SecurityConfiguration): the open ones unless asked for others or all. */
    @GetMapping("/support")
    ConversationPageView support(
            @RequestParam(defaultValue = "OPEN") ConversationStatus status,
            @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
        return mediator.send(new ListSupportConversations(all ? null : status, page, size));
    }

    @GetMapping("/{id}")
    ConversationDetailView get(@PathVariable UUID id) {
        return mediator.send(new GetConversation(currentUser.id(), currentUser.isAdmin(), id));
    }

    @PostMapping("/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    ConversationMessageView post(@PathVariable UUID id, @Valid @RequestBody ConversationRequests.Post request) {
        return mediator.send(new PostConversationMessage(currentUser.id(), currentUser.isAdmin(), id, request.text()));
    }

    @PostMapping("/{id}/close")
    ConversationDetailView close(@PathVariable UUID id) {
        mediator.send(new CloseConversation(currentUser.id(), currentUser.isAdmin(), id));
        return mediator.send(new GetConversation(currentUser.id(), currentUser.isAdmin(), id));
    }

    /** The caller's side has read the conversation: all of it, or up to message {@code upTo} (the newest shown). */
    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long upTo) {
        mediator.send(new MarkConversationRead(currentUser.id(), currentUser.isAdmin(), id, upTo));
    }
}
