package org.emporium.identity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.emporium.identity.application.users.DisableUser;
import org.emporium.identity.application.users.EnableUser;
import org.emporium.identity.application.users.GetUser;
import org.emporium.identity.application.users.GrantRole;
import org.emporium.identity.application.users.RegisterUser;
import org.emporium.identity.application.users.RevokeRole;
import org.emporium.identity.application.users.SearchUsers;
import org.emporium.identity.application.users.UserView;
import org.emporium.identity.domain.user.Role;
import org.emporium.identity.domain.user.UserId;
import org.emporium.platform.core.PageView;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration (public) and the admin's user management (role ADMIN, enforced by the security chain). */
@RestController
@Validated
@RequestMapping("/api/identity/users")
class UsersController {
    private final Mediator mediator;
    private final CurrentUser currentUser;

    UsersController(Mediator mediator, CurrentUser currentUser) {
        this.mediator = mediator;
        this.currentUser = currentUser;
    }

    @PostMapping
    ResponseEntity<UserView> register(@Valid @RequestBody RegisterUserRequest request) {
        var id = mediator.send(new RegisterUser(request.email(), request.password(), request.displayName()));
        var view = mediator.send(new GetUser(id));
        return ResponseEntity.created(URI.create("/api/identity/users/" + id)).body(view);
    }

    @GetMapping
    PageView<UserView> search(
            @RequestParam(name = "query", required = false) @Size(max = 100) String query,
            @RequestParam(name = "page", defaultValue = "0") @Min(0) int page,
            @RequestParam(name = "size", defaultValue = "20") @Min(1) @Max(100) int size) {
        return mediator.send(new SearchUsers(query, page, size));
    }

    @GetMapping("/{id}")
    UserView get(@PathVariable("id") UUID id) {
        return mediator.send(new GetUser(new UserId(id)));
    }

    @PutMapping("/{id}/roles/{role}")
    UserView grant(@PathVariable("id") UUID id, @PathVariable("role") String role) {
        var userId = mediator.send(new GrantRole(new UserId(id), Role.parse(role)));
        return mediator.send(new GetUser(userId));
    }

    @DeleteMapping("/{id}/roles/{role}")
    UserView revoke(@PathVariable("id") UUID id, @PathVariable("role") String role) {
        var userId = mediator.send(new RevokeRole(new UserId(id), Role.parse(role), actingAdmin()));
        return mediator.send(new GetUser(userId));
    }

    @PostMapping("/{id}/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@PathVariable("id") UUID id) {
        mediator.send(new DisableUser(new UserId(id), actingAdmin()));
    }

    @PostMapping("/{id}/enable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void enable(@PathVariable("id") UUID id) {
        mediator.send(new EnableUser(new UserId(id)));
    }

    private UserId actingAdmin() {
        return new UserId(currentUser.id());
    }
}
