package org.emporium.identity.api;

import jakarta.validation.Valid;
import org.emporium.identity.application.clients.RegisterServiceClient;
import org.emporium.identity.application.keys.KeyRotationView;
import org.emporium.identity.application.keys.RotateSigningKey;
import org.emporium.platform.mediator.Mediator;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admin operations on the authorization server itself: service clients and signing keys (role ADMIN). */
@RestController
class AdminController {
    private final Mediator mediator;

    AdminController(Mediator mediator) {
        this.mediator = mediator;
    }

    @PostMapping("/api/identity/clients")
    @ResponseStatus(HttpStatus.CREATED)
    ClientCredentialsResponse registerClient(@Valid @RequestBody RegisterClientRequest request) {
        var name = request.name() == null || request.name().isBlank() ? request.clientId() : request.name();
        var credentials = mediator.send(new RegisterServiceClient(request.clientId(), name, request.scopes()));
        return new ClientCredentialsResponse(credentials.clientId(), credentials.clientSecret(), credentials.scopes());
    }

    @PostMapping("/api/identity/keys/rotate")
    KeyRotationView rotateKeys() {
        return mediator.send(new RotateSigningKey());
    }
}
