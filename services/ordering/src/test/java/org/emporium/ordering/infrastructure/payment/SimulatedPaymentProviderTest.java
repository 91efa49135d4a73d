package org.emporium.ordering.infrastructure.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.emporium.ordering.application.payment.PaymentGateway.ChargeResult;
import org.emporium.ordering.domain.CardNumber;
import org.emporium.ordering.domain.OrderId;
import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.Test;

class SimulatedPaymentProviderTest {
    private final SimulatedPaymentProvider provider = new SimulatedPaymentProvider();
    private final BigDecimal amount = new BigDecimal("33.50");

    @Test
    void theDocumentedTestCardsAnswerSuccessDeclinedAndTimeout() {
        var order = OrderId.random();

        var approved = provider.charge(order, amount, "EUR", CardNumber.parse("4242 4242 4242 4242"));
        assertThat(approved)
                .isInstanceOfSatisfying(
                        ChargeResult.Approved.class,
                        a -> assertThat(a.reference()).startsWith("sim_ch_"));
        assertThat(provider.charge(OrderId.random(), amount, "EUR", CardNumber.parse("4000-0000-0000-0002")))
                .isEqualTo(new ChargeResult.Declined("card_declined"));
        assertThat(provider.charge(OrderId.random(), amount, "EUR", CardNumber.parse("4000000000000119")))
                .isEqualTo(new ChargeResult.TimedOut());
        assertThat(provider.charge(order, amount, "EUR", CardNumber.parse("4242424242424242")))
                .as("one order is charged once")
                .isEqualTo(approved);
        assertThat(provider.refund(order, ((ChargeResult.Approved) approved).reference(), amount, "EUR"))
                .startsWith("sim_re_");
    }

    @Test
    void aCardNumberFailingLuhnOrShapeIsInvalidAndOnlyItsLastFourDigitsShow() {
        for (var bad : new String[] {"4242424242424241", "1234", "4242x24242424242", ""}) {
            assertThatThrownBy(() -> CardNumber.parse(bad))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo("ORDERING.INVALID_CARD"));
        }
        var card = CardNumber.parse("5555 5555 5555 4444");
        assertThat(card.last4()).isEqualTo("4444");
        assertThat(card.toString()).doesNotContain("5555");
    }
}
