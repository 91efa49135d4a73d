package org.emporium.message.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.junit.jupiter.api.Test;

class ConversationTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final UUID customer = UUID.randomUUID();
    private final ConversationRules rules = new ConversationRules(10, Duration.ofMinutes(1), 3);

    private Conversation opened() {
        var conversation = Conversation.open(UUID.randomUUID(), customer, "Help", NOW);
        conversation.post(Side.CUSTOMER, customer, "first", NOW, rules);
        return conversation;
    }

    @Test
    void theCustomerIsTheCustomerSideAnyAdminIsSupportAndNobodyElseTakesPart() {
        var conversation = opened();
        assertThat(conversation.sideOf(customer, false)).contains(Side.CUSTOMER);
        assertThat(conversation.sideOf(customer, true)).contains(Side.CUSTOMER);
        assertThat(conversation.sideOf(UUID.randomUUID(), true)).contains(Side.SUPPORT);
        assertThat(conversation.sideOf(UUID.randomUUID(), false)).isEmpty();
    }

    @Test
    void aSupportMessageGoesToTheCustomerAndTheCustomersToTheAgentWhoReplied() {
        var conversation = opened();
        assertThat(conversation.recipientOf(Side.CUSTOMER)).as("no agent yet").isEmpty();
        var agent = UUID.randomUUID();
        conversation.post(Side.SUPPORT, agent, "hello", NOW, rules);
        assertThat(conversation.agentId()).isEqualTo(agent);
        assertThat(conversation.recipientOf(Side.SUPPORT)).contains(customer);
        assertThat(conversation.recipientOf(Side.CUSTOMER)).contains(agent);
        assertThat(conversation.messageCount()).isEqualTo(2);
    }

    @Test
    void aClosedConversationRefusesMessagesAndClosingTwiceChangesNothing() {
        var conversation = opened();
        assertThat(conversation.close(Side.SUPPORT, NOW)).isTrue();
        assertThat(conversation.close(Side.CUSTOMER, NOW.plusSeconds(5))).isFalse();
        assertThat(conversation.closedBy()).isEqualTo(Side.SUPPORT);
        assertThat(conversation.closedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> conversation.post(Side.CUSTOMER, customer, "late", NOW, rules))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(MessageErrors.CONVERSATION_CLOSED);
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                });
    }

    @Test
    void aFullConversationRefusesMoreMessages() {
        var conversation = opened();
        conversation.post(Side.CUSTOMER, customer, "2", NOW, rules);
        conversation.post(Side.CUSTOMER, customer, "3", NOW, rules);
        assertThatThrownBy(() -> conversation.post(Side.CUSTOMER, customer, "4", NOW, rules))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(MessageErrors.CONVERSATION_FULL));
        assertThat(conversation.messageCount()).isEqualTo(3);
    }

    @Test
    void theRateLimitRefusesTheMessageThatWouldExceedIt() {
        rules.checkRate(9);
        assertThatThrownBy(() -> rules.checkRate(10)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(MessageErrors.TOO_MANY_MESSAGES);
            assertThat(e.kind()).isEqualTo(ErrorKind.TOO_MANY_REQUESTS);
            assertThat(e.details()).containsEntry("retryAfterSeconds", 60L);
        });
        assertThat(rules.since(NOW)).isEqualTo(NOW.minusSeconds(60));
    }

    @Test
    void anExcerptCutsLongTextWithAnEllipsis() {
        var shortText = new ConversationMessage(UUID.randomUUID(), customer, Side.CUSTOMER, "short", NOW);
        assertThat(shortText.excerpt()).isEqualTo("short");
        var longText = new ConversationMessage(UUID.randomUUID(), customer, Side.CUSTOMER, "x".repeat(500), NOW);
        assertThat(longText.excerpt()).hasSize(200).endsWith("…");
    }
}
