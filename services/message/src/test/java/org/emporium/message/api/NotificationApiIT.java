package org.emporium.message.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.platform.test.ProblemAssertions.assertProblem;

import java.util.Map;
import java.util.UUID;
import org.emporium.message.application.Notify;
import org.emporium.message.domain.NotificationKind;
import org.emporium.message.support.MessageIntegrationTest;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationApiIT extends MessageIntegrationTest {
    @Autowired
    Mediator mediator;

    private long notify(UUID user, String name) {
        return mediator.send(new Notify(user, NotificationKind.WELCOME, Map.of("name", name)));
    }

    @Test
    void theInboxListsNewestFirstCountsUnreadAndMarksRead() {
        var user = UUID.randomUUID();
        var first = notify(user, "one");
        var second = notify(user, "two");
        notify(user, "three");
        var me = as(customer(user));

        var page = me.get("/api/message/notifications?size=2").json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("title").asString()).isEqualTo("Welcome to Emporium, three");
        assertThat(me.get("/api/message/notifications/unread-count")
                        .json()
                        .get("unread")
                        .asLong())
                .isEqualTo(3);

        assertThat(me.post("/api/message/notifications/" + first + "/read", null)
                        .status())
                .isEqualTo(204);
        assertThat(me.post("/api/message/notifications/" + first + "/read", null)
                        .status())
                .as("idempotent")
                .isEqualTo(204);
        assertThat(me.get("/api/message/notifications/unread-count")
                        .json()
                        .get("unread")
                        .asLong())
                .isEqualTo(2);
        var unread = me.get("/api/message/notifications?unread=true").json();
        assertThat(unread.get("total").asLong()).isEqualTo(2);
        assertThat(unread.get("items").findValuesAsString("id")).doesNotContain(Long.toString(first));

        assertThat(me.post("/api/message/notifications/read-all", null)
                        .json()
                        .get("marked")
                        .asInt())
                .isEqualTo(2);
        assertThat(me.get("/api/message/notifications/unread-count")
                        .json()
                        .get("unread")
                        .asLong())
                .isZero();

        assertThat(me.delete("/api/message/notifications/" + second).status()).isEqualTo(204);
        assertThat(me.get("/api/message/notifications").json().get("total").asLong())
                .isEqualTo(2);
        assertProblem(me.delete("/api/message/notifications/" + second), 404, "MESSAGE.NOTIFICATION_NOT_FOUND");
    }

    @Test
    void anotherUsersNotificationIsNotFoundAndNeverListed() {
        var owner = UUID.randomUUID();
        var id = notify(owner, "owner");
        var intruder = as(customer(UUID.randomUUID()));

        assertProblem(
                intruder.post("/api/message/notifications/" + id + "/read", null),
                404,
                "MESSAGE.NOTIFICATION_NOT_FOUND");
        assertProblem(intruder.delete("/api/message/notifications/" + id), 404, "MESSAGE.NOTIFICATION_NOT_FOUND");
        assertThat(intruder.post("/api/message/notifications/read-all", null)
                        .json()
                        .get("marked")
                        .asInt())
                .isZero();
        assertThat(intruder.get("/api/message/notifications")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        var mine = as(customer(owner))
                .get("/api/message/notifications")
                .json()
                .get("items")
                .get(0);
        assertThat(mine.get("readAt").isNull())
                .as("the intruder changed nothing")
                .isTrue();
    }

    @Test
    void badInputAndMissingTokensAreProblems() {
        var me = as(customer(UUID.randomUUID()));
        assertThat(me.get("/api/message/notifications?size=1000").status()).isEqualTo(400);
        assertThat(me.get("/api/message/notifications?page=-1").status()).isEqualTo(400);
        assertThat(me.post("/api/message/notifications/abc/read", null).status())
                .isEqualTo(400);
        assertThat(me.get("/api/message/notifications?size=1000").isProblem()).isTrue();
        assertThat(as(null).get("/api/message/notifications").status()).isEqualTo(401);
        assertThat(as(TestTokens.admin())
                        .get("/api/message/notifications/unread-count")
                        .status())
                .isEqualTo(200);
    }
}
