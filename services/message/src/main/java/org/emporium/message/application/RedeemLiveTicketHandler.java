package org.emporium.message.application;

import java.time.Clock;
import org.emporium.message.domain.LiveGrant;
import org.emporium.message.domain.LiveTickets;
import org.emporium.message.domain.MessageErrors;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class RedeemLiveTicketHandler implements Handler<RedeemLiveTicket, LiveGrant> {
    private final LiveTickets tickets;
    private final Clock clock;

    RedeemLiveTicketHandler(LiveTickets tickets, Clock clock) {
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public LiveGrant handle(RedeemLiveTicket command) {
        return tickets.redeem(LiveTicketRules.hash(command.ticket()), clock.instant())
                .orElseThrow(MessageErrors::ticketInvalid);
    }
}
