package org.emporium.message.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.emporium.message.domain.LiveGrant;
import org.emporium.message.domain.LiveTickets;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class IssueLiveTicketHandler implements Handler<IssueLiveTicket, LiveTicketView> {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final LiveTickets tickets;
    private final Clock clock;

    IssueLiveTicketHandler(LiveTickets tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public LiveTicketView handle(IssueLiveTicket command) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var expiresAt = clock.instant().plus(LiveTicketRules.LIFETIME);
        if (expiresAt.isAfter(command.tokenExpiresAt())) {
            expiresAt = command.tokenExpiresAt();
        }
        tickets.add(
                LiveTicketRules.hash(ticket),
                new LiveGrant(command.userId(), command.tokenExpiresAt()),
                expiresAt,
                LiveTicketRules.MAX_PER_USER);
        return new LiveTicketView(ticket, expiresAt);
    }
}
