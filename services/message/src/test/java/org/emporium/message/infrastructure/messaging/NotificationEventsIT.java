package org.emporium.message.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.contracts.comment.ReviewPublished;
import org.emporium.contracts.comment.ReviewRejected;
import org.emporium.contracts.identity.UserRegistered;
import org.emporium.contracts.ordering.OrderPlaced;
import org.emporium.contracts.ordering.OrderStatusChanged;
import org.emporium.message.support.MessageIntegrationTest;
import org.junit.jupiter.api.Test;

/** The platform's events become the right user's notifications, once per event id, over the real broker. */
class NotificationEventsIT extends MessageIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aRegisteredUserIsWelcomedByName() {
        var user = UUID.randomUUID();
        publish(new UserRegistered(user, "ada@example.com", "Ada", Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> assertThat(titles(user)).containsExactly("Welcome to Emporium, Ada"));
        var item = as(customer(user))
                .get("/api/message/notifications")
                .json()
                .get("items")
                .get(0);
        assertThat(item.get("kind").asString()).isEqualTo("WELCOME");
        assertThat(item.get("link").asString()).isEqualTo("/");
        assertThat(item.get("readAt").isNull()).isTrue();
    }

    @Test
    void anOrdersWholeLifeIsToldToItsCustomerWithAmountsAndReasons() {
        var customer = UUID.randomUUID();
        var order = UUID.randomUUID();
        publish(new OrderPlaced(
                order,
                customer,
                List.of(new OrderPlaced.Line(UUID.randomUUID(), 2, BigDecimal.TEN, "EUR")),
                Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(titles(customer)).hasSize(1));
        var sequence = 1;
        for (var to : List.of("PENDING", "AWAITING_PAYMENT", "PAID", "SHIPPED", "DELIVERED")) {
            publish(statusChanged(order, customer, to, null, sequence++));
            var expected = to.equals("PENDING") ? 1 : sequence - 1;
            await().atMost(WAIT)
                    .untilAsserted(() -> assertThat(titles(customer)).hasSize(expected));
        }
        var other = UUID.randomUUID();
        publish(statusChanged(other, customer, "CANCELLED", "PAYMENT_FAILED", 3));
        publish(statusChanged(UUID.randomUUID(), customer, "EXPIRED", "PAYMENT_TIMEOUT", 3));

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(titles(customer))
                        .containsExactly(
                                "We received your order",
                                "Your order awaits payment",
                                "Payment received",
                                "Your order is on its way",
                                "Your order was delivered",
                                "Your order was cancelled",
                                "Your order expired"));
        var items =
                as(customer(customer)).get("/api/message/notifications").json().get("items");
        assertThat(items.get(6).get("body").asString())
                .contains(order.toString())
                .contains("2 item(s)");
        assertThat(items.get(5).get("body").asString()).contains("pay 12.50 EUR");
        assertThat(items.get(1).get("body").asString())
                .contains(other.toString())
                .contains("PAYMENT_FAILED");
        assertThat(items.get(6).get("link").asString()).isEqualTo("/orders/" + order);
    }

    @Test
    void anApprovedReviewIsToldToItsAuthor() {
        var author = UUID.randomUUID();
        var product = UUID.randomUUID();
        publish(new ReviewPublished(
                UUID.randomUUID(), product, author, 4, true, new BigDecimal("4.00"), 1, 1, Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> assertThat(titles(author)).containsExactly("Your review is public"));
        var item = as(customer(author))
                .get("/api/message/notifications")
                .json()
                .get("items")
                .get(0);
        assertThat(item.get("body").asString()).contains("4-star");
        assertThat(item.get("link").asString()).isEqualTo("/products/" + product);
    }

    @Test
    void aRejectedReviewIsToldToItsAuthorWithTheReasonAsText() {
        var author = UUID.randomUUID();
        var product = UUID.randomUUID();
        publish(new ReviewRejected(UUID.randomUUID(), product, author, "<b>Off topic</b>", Instant.now()));

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(titles(author)).containsExactly("Your review was not published"));
        var item = as(customer(author))
                .get("/api/message/notifications")
                .json()
                .get("items")
                .get(0);
        assertThat(item.get("body").asString()).contains(": <b>Off topic</b>.");
        assertThat(item.get("link").asString()).isEqualTo("/products/" + product);
    }

    @Test
    void theSameEventDeliveredTwiceMakesOneNotification() {
        var user = UUID.randomUUID();
        publish(new UserRegistered(user, "bob@example.com", "Bob", Instant.now()));
        var event = lastEventId(user.toString());
        await().atMost(WAIT).untilAsserted(() -> assertThat(titles(user)).hasSize(1));

        republish(event);
        await().atMost(WAIT).untilAsserted(() -> assertThat(published(event)).isEqualTo(1));
        var marker = UUID.randomUUID();
        publish(new UserRegistered(marker, "m@example.com", "Marker", Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(titles(marker)).hasSize(1));

        assertThat(titles(user)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM emporium_inbox WHERE event_id = :e")
                        .param("e", event)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private static OrderStatusChanged statusChanged(UUID order, UUID customer, String to, String reason, int sequence) {
        return new OrderStatusChanged(
                order,
                customer,
                null,
                to,
                reason,
                new OrderStatusChanged.Totals(
                        "EUR", new BigDecimal("15.00"), new BigDecimal("2.50"), new BigDecimal("12.50"), null),
                List.of(),
                sequence,
                Instant.now());
    }
}
