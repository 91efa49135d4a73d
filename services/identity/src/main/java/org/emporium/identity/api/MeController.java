package org.emporium.identity.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.emporium.identity.application.users.ChangePassword;
import org.emporium.identity.application.users.GetUser;
import org.emporium.identity.application.users.UpdateProfile;
import org.emporium.identity.application.users.UserView;
import org.emporium.identity.domain.user.UserId;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own account; the id always comes from the token, never from the request. */
@RestController
@RequestMapping("/api/identity/me")
class MeController {
    private final Mediator mediator;
    private final CurrentUser currentUser;

    MeController(Mediator mediator, CurrentUser currentUser) {
        this.mediator = mediator;
        this.currentUser = currentUser;
    }

    @GetMapping
    UserView me() {
        return mediator.send(new GetUser(caller()));
    }

    @PatchMapping
    UserView update(@Valid @RequestBody UpdateProfileRequest request) {
        var id = mediator.send(new UpdateProfile(caller(), request.displayName()));
        return mediator.send(new GetUser(id));
    }

    /** The client address (resolved from trusted proxies' {@code X-Forwarded-For}) is what the throttle counts. */
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@Valid @RequestBody ChangePasswordRequest request, HttpServletRequest http) {
        mediator.send(
                new ChangePassword(caller(), request.currentPassword(), request.newPassword(), http.getRemoteAddr()));
    }

    private UserId caller() {
        return new UserId(currentUser.id());
    }
}
