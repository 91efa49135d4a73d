package org.emporium.discount.api;

import jakarta.validation.Valid;
import org.emporium.discount.application.GetQuote;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.emporium.platform.core.ProblemCodes;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quotes: a customer prices their own basket (any {@code customerId} sent is ignored: it is the token's user); a
 * service with scope {@code discount.quote} (basket) names the customer.
 */
@RestController
class QuoteController {
    static final String QUOTE_SCOPE = "discount.quote";
    private final Mediator mediator;
    private final CurrentUser currentUser;

    QuoteController(Mediator mediator, CurrentUser currentUser) {
        this.mediator = mediator;
        this.currentUser = currentUser;
    }

    @PostMapping("/api/discount/quotes")
    QuoteResponse quote(@Valid @RequestBody QuoteRequest request) {
        var user = currentUser.idIfPresent();
        java.util.UUID customer;
        if (user.isPresent()) {
            customer = user.get();
        } else if (currentUser.hasScope(QUOTE_SCOPE)) {
            if (request.customerId() == null) {
                throw new DomainException(
                        ProblemCodes.VALIDATION_FAILED,
                        ErrorKind.INVALID,
                        "customerId is required for a service caller.",
                        java.util.Map.of("field", "customerId"));
            }
            customer = request.customerId();
        } else {
            throw new DomainException(
                    ProblemCodes.FORBIDDEN, ErrorKind.FORBIDDEN, "Quotes need a customer or the discount.quote scope.");
        }
        var lines = request.lines().stream().map(LineRequest::toInput).toList();
        return QuoteResponse.of(mediator.send(new GetQuote(request.code(), request.currency(), customer, lines)));
    }
}
