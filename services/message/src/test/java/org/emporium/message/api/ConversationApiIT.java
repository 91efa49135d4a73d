package org.emporium.message.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.platform.test.ProblemAssertions.assertProblem;
import static org.emporium.platform.test.ProblemAssertions.assertValidationProblem;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.message.support.LiveClient;
import org.emporium.message.support.MessageIntegrationTest;
import org.emporium.platform.test.ApiClient;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConversationApiIT extends MessageIntegrationTest {

    private static String admin(UUID id) {
        return TestTokens.token(id.toString(), List.of("ADMIN"), null, TestTokens.ISSUER, Duration.ofMinutes(5));
    }

    private JsonNode open(ApiClient customer, String subject, String text) {
        var response = customer.post("/api/message/conversations", Map.of("subject", subject, "text", text));
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.json();
    }

    private List<String> kinds(UUID user) {
        return jdbc.sql("SELECT kind FROM notifications WHERE user_id = :u ORDER BY id")
                .param("u", user)
                .query(String.class)
                .list();
    }

    private static List<String> ids(JsonNode page) {
        var ids = new java.util.ArrayList<String>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    @Test
    void aCustomerOpensSupportRepliesAndEachSideHearsOfTheOthersMessages() {
        var customerId = UUID.randomUUID();
        var agentId = UUID.randomUUID();
        var customer = as(customer(customerId));
        var agent = as(admin(agentId));

        var response = customer.post(
                "/api/message/conversations", Map.of("subject", "  Where is my parcel?  ", "text", "It is late."));
        assertThat(response.status()).isEqualTo(201);
        var opened = response.json();
        var id = opened.get("id").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/message/conversations/" + id);
        assertThat(opened.get("subject").asString()).isEqualTo("Where is my parcel?");
        assertThat(opened.get("status").asString()).isEqualTo("OPEN");
        assertThat(opened.get("customerId").asString()).isEqualTo(customerId.toString());
        assertThat(opened.get("messages")).hasSize(1);
        assertThat(opened.get("messages").get(0).get("side").asString()).isEqualTo("CUSTOMER");
        assertThat(opened.get("unread").asLong())
                .as("one's own messages are read")
                .isZero();

        var mine = customer.get("/api/message/conversations").json();
        assertThat(mine.get("total").asLong()).isEqualTo(1);
        assertThat(ids(mine)).containsExactly(id);
        var queue = agent.get("/api/message/conversations/support?size=100").json();
        assertThat(ids(queue)).contains(id);
        var inQueue = agent.get("/api/message/conversations/" + id).json();
        assertThat(inQueue.get("unread").asLong())
                .as("support has not read it yet")
                .isEqualTo(1);
        assertThat(kinds(agentId)).as("no agent yet: nobody to notify").isEmpty();

        var reply = agent.post("/api/message/conversations/" + id + "/messages", Map.of("text", "It ships today."));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("side").asString()).isEqualTo("SUPPORT");
        assertThat(agent.get("/api/message/conversations/" + id)
                        .json()
                        .get("unread")
                        .asLong())
                .as("replying reads the conversation")
                .isZero();

        var notification =
                customer.get("/api/message/notifications").json().get("items").get(0);
        assertThat(notification.get("kind").asString()).isEqualTo("CONVERSATION_REPLY");
        assertThat(notification.get("title").asString()).isEqualTo("New message: Where is my parcel?");
        assertThat(notification.get("body").asString()).isEqualTo("It ships today.");
        assertThat(notification.get("link").asString()).isEqualTo("/support/conversations/" + id);

        var seen = customer.get("/api/message/conversations/" + id).json();
        assertThat(seen.get("unread").asLong()).isEqualTo(1);
        assertThat(seen.get("messages").findValuesAsString("text")).containsExactly("It is late.", "It ships today.");
        assertThat(customer.post("/api/message/conversations/" + id + "/read", null)
                        .status())
                .isEqualTo(204);
        assertThat(customer.get("/api/message/conversations")
                        .json()
                        .get("items")
                        .get(0)
                        .get("unread")
                        .asLong())
                .isZero();

        customer.post("/api/message/conversations/" + id + "/messages", Map.of("text", "Thanks!"));
        assertThat(kinds(agentId))
                .as("the agent who replied hears of the answer")
                .containsExactly("CONVERSATION_REPLY");
        assertThat(kinds(customerId)).as("not notified of one's own message").containsExactly("CONVERSATION_REPLY");
    }

    @Test
    void readingUpToAMessageLeavesTheNewerOnesUnread() {
        var customer = as(customer(UUID.randomUUID()));
        var agent = as(admin(UUID.randomUUID()));
        var path = "/api/message/conversations/"
                + open(customer, "Up to", "Hello").get("id").asString();
        var first = agent.post(path + "/messages", Map.of("text", "One"))
                .json()
                .get("id")
                .asLong();
        var second = agent.post(path + "/messages", Map.of("text", "Two"))
                .json()
                .get("id")
                .asLong();
        assertThat(unread(customer, path)).isEqualTo(2);

        assertThat(customer.post(path + "/read?upTo=" + first, null).status()).isEqualTo(204);
        assertThat(unread(customer, path))
                .as("the message after the one shown stays unread")
                .isEqualTo(1);

        assertThat(customer.post(path + "/read?upTo=" + (first - 1), null).status())
                .isEqualTo(204);
        assertThat(unread(customer, path)).as("the read mark never goes back").isEqualTo(1);

        assertThat(customer.post(path + "/read?upTo=" + (second + 1000), null).status())
                .isEqualTo(204);
        assertThat(unread(customer, path)).isZero();
        agent.post(path + "/messages", Map.of("text", "Three"));
        assertThat(unread(customer, path))
                .as("a mark beyond the newest message does not read the messages after it")
                .isEqualTo(1);

        assertValidationProblem(customer.post(path + "/read?upTo=0", null), "upTo");
        assertThat(customer.post(path + "/read?upTo=soon", null).status()).isEqualTo(400);
    }

    private static long unread(ApiClient side, String path) {
        return side.get(path).json().get("unread").asLong();
    }

    @Test
    void aReplyIsPushedLiveToTheCustomersSocket() throws Exception {
        var customerId = UUID.randomUUID();
        var customer = as(customer(customerId));
        var id = open(customer, "Live?", "Are you there?").get("id").asString();
        var ticket = customer.post("/api/message/live/ticket", null)
                .json()
                .get("ticket")
                .asString();

        try (var live =
                LiveClient.connect(URI.create("ws://127.0.0.1:" + port + "/api/message/live?ticket=" + ticket))) {
            assertThat(live.nextContent().get("type").asString()).isEqualTo("hello");
            as(TestTokens.admin()).post("/api/message/conversations/" + id + "/messages", Map.of("text", "Yes!"));

            var frame = live.nextContent();
            assertThat(frame).isNotNull();
            assertThat(frame.get("type").asString()).isEqualTo("notification");
            assertThat(frame.get("kind").asString()).isEqualTo("CONVERSATION_REPLY");
            assertThat(frame.get("body").asString()).isEqualTo("Yes!");
        }
    }

    @Test
    void anotherCustomersConversationIsNotFoundAndNeverListed() {
        var owner = as(customer(UUID.randomUUID()));
        var id = open(owner, "Mine", "Private").get("id").asString();
        var intruder = as(customer(UUID.randomUUID()));
        var path = "/api/message/conversations/" + id;

        assertProblem(intruder.get(path), 404, "MESSAGE.CONVERSATION_NOT_FOUND");
        assertProblem(intruder.post(path + "/messages", Map.of("text", "hi")), 404, "MESSAGE.CONVERSATION_NOT_FOUND");
        assertProblem(intruder.post(path + "/close", null), 404, "MESSAGE.CONVERSATION_NOT_FOUND");
        assertProblem(intruder.post(path + "/read", null), 404, "MESSAGE.CONVERSATION_NOT_FOUND");
        assertProblem(
                intruder.get("/api/message/conversations/" + UUID.randomUUID()), 404, "MESSAGE.CONVERSATION_NOT_FOUND");
        assertThat(intruder.get("/api/message/conversations")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(intruder.get("/api/message/conversations/support").status())
                .as("support's queue is for admins")
                .isEqualTo(403);
        assertThat(as(TestTokens.admin())
                        .post("/api/message/conversations", Map.of("subject", "s", "text", "t"))
                        .status())
                .as("customers open conversations")
                .isEqualTo(403);

        var untouched = owner.get(path).json();
        assertThat(untouched.get("messages")).hasSize(1);
        assertThat(untouched.get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void eitherSideClosesAndAClosedConversationTakesNoMessages() {
        var customer = as(customer(UUID.randomUUID()));
        var agent = as(TestTokens.admin());
        var byCustomer = open(customer, "First", "one").get("id").asString();
        var bySupport = open(customer, "Second", "two").get("id").asString();

        var closed = customer.post("/api/message/conversations/" + byCustomer + "/close", null);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.json().get("closedBy").asString()).isEqualTo("CUSTOMER");
        assertThat(closed.json().get("closedAt").isNull()).isFalse();
        var again = customer.post("/api/message/conversations/" + byCustomer + "/close", null);
        assertThat(again.status()).as("idempotent").isEqualTo(200);
        assertThat(again.json().get("closedAt")).isEqualTo(closed.json().get("closedAt"));

        var closedBySupport = agent.post("/api/message/conversations/" + bySupport + "/close", null);
        assertThat(closedBySupport.json().get("closedBy").asString()).isEqualTo("SUPPORT");

        assertProblem(
                customer.post("/api/message/conversations/" + byCustomer + "/messages", Map.of("text", "more")),
                409,
                "MESSAGE.CONVERSATION_CLOSED");
        assertProblem(
                agent.post("/api/message/conversations/" + bySupport + "/messages", Map.of("text", "more")),
                409,
                "MESSAGE.CONVERSATION_CLOSED");

        assertThat(ids(customer.get("/api/message/conversations?status=CLOSED").json()))
                .containsExactlyInAnyOrder(byCustomer, bySupport);
        assertThat(customer.get("/api/message/conversations?status=OPEN")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();
        var open = agent.get("/api/message/conversations/support?size=100").json();
        open.get("items")
                .forEach(item -> assertThat(item.get("status").asString()).isEqualTo("OPEN"));
        assertThat(ids(open)).doesNotContain(byCustomer, bySupport);
        assertThat(ids(agent.get("/api/message/conversations/support?status=CLOSED&size=100")
                        .json()))
                .contains(byCustomer, bySupport);
        assertThat(agent.get("/api/message/conversations/support?all=true")
                        .json()
                        .get("total")
                        .asLong())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void badInputIsAValidationProblemAndTextStaysPlainText() {
        var customer = as(customer(UUID.randomUUID()));
        var path = "/api/message/conversations";

        assertValidationProblem(customer.post(path, Map.of("subject", " ", "text", "t")), "subject");
        assertValidationProblem(customer.post(path, Map.of("text", "t")), "subject");
        assertValidationProblem(customer.post(path, Map.of("subject", "x".repeat(121), "text", "t")), "subject");
        assertValidationProblem(customer.post(path, Map.of("subject", "s", "text", "x".repeat(2001))), "text");
        assertValidationProblem(customer.post(path, Map.of("subject", "s", "text", "bell\u0007")), "text");
        assertThat(customer.post(path, null).status()).isEqualTo(400);

        var html = "<script>alert(1)</script>\n<b>bold</b> & \"quotes\"";
        var opened = open(customer, "<i>subject</i>", html);
        assertThat(opened.get("messages").get(0).get("text").asString())
                .as("stored and returned verbatim: the client renders it as text")
                .isEqualTo(html);
        var id = opened.get("id").asString();
        assertValidationProblem(customer.post(path + "/" + id + "/messages", Map.of("text", "")), "text");
        assertValidationProblem(customer.post(path + "/" + id + "/messages", Map.of("text", "y".repeat(2001))), "text");
        assertThat(customer.post(path + "/" + id + "/messages", Map.of("text", "y".repeat(2000)))
                        .status())
                .isEqualTo(201);

        assertThat(customer.get(path + "/not-a-uuid").status()).isEqualTo(400);
        assertThat(customer.get(path + "?status=MAYBE").status()).isEqualTo(400);
        assertThat(customer.get(path + "?size=1000").status()).isEqualTo(400);
        assertThat(customer.get(path + "?page=-1").isProblem()).isTrue();
        assertThat(as(null).get(path).status()).isEqualTo(401);
        assertThat(as(null).post(path, Map.of("subject", "s", "text", "t")).status())
                .isEqualTo(401);
    }

    @Test
    void aUserWritingTooFastIsRefusedWithRetryAfter() {
        var customer = as(customer(UUID.randomUUID()));
        var id = open(customer, "Many", "message 1").get("id").asString();
        for (int i = 2; i <= 10; i++) {
            assertThat(customer.post("/api/message/conversations/" + id + "/messages", Map.of("text", "message " + i))
                            .status())
                    .isEqualTo(201);
        }

        var refused = customer.post("/api/message/conversations/" + id + "/messages", Map.of("text", "one too many"));
        var problem = assertProblem(refused, 429, "MESSAGE.TOO_MANY_MESSAGES");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
        assertThat(problem.get("maxMessages").asInt()).isEqualTo(10);
        assertProblem(
                customer.post("/api/message/conversations", Map.of("subject", "s", "text", "t")),
                429,
                "MESSAGE.TOO_MANY_MESSAGES");
        assertThat(customer.get("/api/message/conversations/" + id)
                        .json()
                        .get("messageCount")
                        .asInt())
                .isEqualTo(10);

        var other = as(customer(UUID.randomUUID()));
        assertThat(other.post("/api/message/conversations", Map.of("subject", "s", "text", "t"))
                        .status())
                .as("the limit is per user")
                .isEqualTo(201);
        assertThat(as(TestTokens.admin())
                        .post("/api/message/conversations/" + id + "/messages", Map.of("text", "support answers"))
                        .status())
                .isEqualTo(201);
    }
}
