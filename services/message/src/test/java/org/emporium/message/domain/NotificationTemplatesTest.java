package org.emporium.message.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationTemplatesTest {
    private final NotificationTemplates templates = new NotificationTemplates();

    @Test
    void everyKindHasATemplateAndFillsItsPlaceholders() {
        var parameters = Map.ofEntries(
                Map.entry("name", "Ada"),
                Map.entry("order", "o-1"),
                Map.entry("items", "2"),
                Map.entry("total", "9.99"),
                Map.entry("currency", "EUR"),
                Map.entry("reason", "PAYMENT_FAILED"),
                Map.entry("rating", "5"),
                Map.entry("product", "p-1"),
                Map.entry("subject", "Late parcel"),
                Map.entry("text", "It ships today."),
                Map.entry("conversation", "c-1"));
        for (var kind : NotificationKind.values()) {
            var rendered = templates.render(kind, parameters, UUID.randomUUID(), Instant.EPOCH);
            assertThat(rendered.kind()).isEqualTo(kind);
            assertThat(rendered.title() + rendered.body() + rendered.link())
                    .as(kind.name())
                    .doesNotContain("{")
                    .doesNotContain("}");
        }
    }

    @Test
    void placeholdersAreFilledLiterallyAndMissingOnesAreEmpty() {
        assertThat(NotificationTemplates.fill("Hi {name}{missing}!", Map.of("name", "$1 \\ <b>")))
                .isEqualTo("Hi $1 \\ <b>!");
        var cancelled = templates.render(
                NotificationKind.ORDER_CANCELLED,
                Map.of("order", "42", "reason", "STOCK_REJECTED"),
                UUID.randomUUID(),
                Instant.EPOCH);
        assertThat(cancelled.body()).isEqualTo("Order 42 was cancelled (STOCK_REJECTED).");
        assertThat(cancelled.link()).isEqualTo("/orders/42");
    }
}
