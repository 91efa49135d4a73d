package org.emporium.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.emporium.web.support.SignedInWebTest;
import org.emporium.web.support.StubGateway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The storefront's signed-in pages against the stub gateway: what each page asks the services (with the user's
 * token), what it shows of their answers and refusals, and what it never keeps or echoes.
 */
class SignedInPagesIT extends SignedInWebTest {
    static final String ORDER_ID = "6f1c2b9a-3d4e-4f50-8a61-7b8c9d0e1f23";

    static final String BASKET = """
            {"lines":[{"productId":"0b7e0c8e-1111-4222-8333-444455556666","name":"Desk lamp","quantity":2,
              "unitPrice":40.00,"addedUnitPrice":40.00,"priceChanged":false,"available":true,"unavailable":false,
              "lineTotal":80.00}],
             "couponCode":"WELCOME10","subtotal":80.00,"discount":8.00,"total":72.00,"currency":"EUR","revision":3}
            """;

    static String order(String status) {
        return """
                {"id":"%s","customerId":"c","status":"%s","currency":"EUR","subtotal":80.00,"discount":8.00,
                 "total":72.00,"couponCode":"WELCOME10",
                 "lines":[{"productId":"p","productName":"Desk lamp","quantity":2,"unitPrice":40.00,"lineTotal":80.00,"discount":8.00}],
                 "shippingAddress":{"name":"Ada Customer","line1":"Main street 1","line2":null,"postalCode":"10115","city":"Berlin","country":"DE"},
                 "history":[{"sequence":1,"from":null,"to":"PENDING","reason":null,"actor":"customer","at":"2026-12-03T10:00:00Z"},
                            {"sequence":2,"from":"PENDING","to":"AWAITING_PAYMENT","reason":"STOCK_RESERVED","actor":"system","at":"2026-12-03T10:00:01Z"}],
                 "payment":null,"shipment":null,"cancelReason":null,"cancelNote":null,"stockShortfalls":[],
                 "createdAt":"2026-12-03T10:00:00Z","updatedAt":"2026-12-03T10:00:01Z","expiresAt":"2026-12-03T10:30:00Z"}
                """.formatted(ORDER_ID, status);
    }

    @Autowired
    StringRedisTemplate redis;

    static String problem(int status, String code, String detail) {
        return "{\"status\":" + status + ",\"code\":\"" + code + "\",\"detail\":\"" + detail + "\"}";
    }

    @Nested
    class Checkout {
        @Test
        void offersAnAddressFormWithLabelledFieldsAndIsoCountries() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/basket", 200, BASKET);

            var page = browser.get("/checkout");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("<label for=\"name\">Full name</label>")
                    .contains("<label for=\"country\">Country</label>")
                    .contains("<option value=\"DE\">Germany</option>")
                    .contains("<option value=\"FR\">France</option>");
            assertThat(stub.received("GET", "/api/basket").getFirst().header("Authorization"))
                    .startsWith("Bearer ");
        }

        @Test
        void showsTheAddressErrorsNextToTheirFields() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/basket", 200, BASKET);

            var page = browser.post(
                    "/checkout/address",
                    Map.of(
                            "name",
                            " ",
                            "line1",
                            "Main street 1",
                            "postalCode",
                            "10115",
                            "city",
                            "Berlin",
                            "country",
                            "XX"));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("id=\"name-error\">Enter the name to deliver to.</p>")
                    .contains("id=\"country-error\">Choose a country from the list.</p>")
                    .contains("aria-describedby=\"name-error\"")
                    .contains("value=\"Main street 1\"");
        }

        @Test
        void placesTheOrderWithOneIdempotencyKeyHoweverOftenItIsSubmitted() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/basket", 200, BASKET)
                    .answer("POST", "/api/ordering/orders", 201, order("PENDING"));
            var address = browser.post(
                    "/checkout/address",
                    Map.of(
                            "name",
                            "Ada Customer",
                            "line1",
                            "Main street 1",
                            "postalCode",
                            "10115",
                            "city",
                            "Berlin",
                            "country",
                            "DE"));
            assertThat(address.headers().firstValue("Location").orElseThrow()).endsWith("/checkout/review");
            var review = browser.get("/checkout/review");
            assertThat(review.body())
                    .contains("id=\"total\">72.00 EUR")
                    .contains("name=\"expectedTotal\" value=\"72.00\"")
                    .contains("Germany")
                    .contains("WELCOME10");

            // a double click: two submits at once
            var placing = new ArrayList<Callable<HttpResponse<String>>>();
            for (int i = 0; i < 2; i++) {
                placing.add(() -> browser.post("/checkout/place", Map.of("expectedTotal", "72.00")));
            }
            try (var pool = Executors.newFixedThreadPool(2)) {
                for (var answer : pool.invokeAll(placing)) {
                    assertThat(answer.get().headers().firstValue("Location").orElseThrow())
                            .endsWith("/orders/" + ORDER_ID);
                }
            }
            // and a reload of the placing request afterwards
            var reload = browser.post("/checkout/place", Map.of("expectedTotal", "72.00"));

            assertThat(reload.headers().firstValue("Location").orElseThrow()).endsWith("/orders/" + ORDER_ID);
            var posts = stub.received("POST", "/api/ordering/orders");
            assertThat(posts).isNotEmpty().hasSizeLessThanOrEqualTo(2);
            assertThat(posts)
                    .extracting(r -> r.header("Idempotency-Key"))
                    .doesNotContainNull()
                    .containsOnly(posts.getFirst().header("Idempotency-Key"));
            assertThat(posts.getFirst().body())
                    .contains("\"country\":\"DE\"")
                    .contains("\"name\":\"Ada Customer\"")
                    .contains("\"expectedTotal\":72.00")
                    .doesNotContain("line2");
            assertThat(browser.get("/checkout/review")
                            .headers()
                            .firstValue("Location")
                            .orElseThrow())
                    .as("the placed checkout is over: its review goes to the order")
                    .endsWith("/orders/" + ORDER_ID);
        }

        @Test
        void startsANewCheckoutWithANewKeyAfterAnOrderWasPlaced() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/basket", 200, BASKET)
                    .answer("POST", "/api/ordering/orders", 201, order("PENDING"));
            var address = Map.of(
                    "name",
                    "Ada Customer",
                    "line1",
                    "Main street 1",
                    "postalCode",
                    "10115",
                    "city",
                    "Berlin",
                    "country",
                    "DE");
            browser.post("/checkout/address", address);
            browser.post("/checkout/place", Map.of("expectedTotal", "72.00"));
            browser.post("/checkout/address", address);
            browser.post("/checkout/place", Map.of("expectedTotal", "72.00"));

            var posts = stub.received("POST", "/api/ordering/orders");
            assertThat(posts).hasSize(2);
            assertThat(posts.get(0).header("Idempotency-Key"))
                    .isNotEqualTo(posts.get(1).header("Idempotency-Key"));
        }

        @Test
        void showsOrderingsRefusalInItsOwnWords() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/basket", 200, BASKET)
                    .answer(
                            "POST",
                            "/api/ordering/orders",
                            409,
                            problem(409, "ORDERING.PRICE_CHANGED", "Prices changed: the total is now 75.00 EUR."));
            browser.post(
                    "/checkout/address",
                    Map.of(
                            "name",
                            "Ada",
                            "line1",
                            "Main street 1",
                            "postalCode",
                            "10115",
                            "city",
                            "Berlin",
                            "country",
                            "DE"));

            var placed = browser.post("/checkout/place", Map.of("expectedTotal", "72.00"));
            var review = browser.get(
                    placed.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));

            assertThat(review.body()).contains("Prices changed: the total is now 75.00 EUR.");
        }

        @Test
        void sendsAVisitorToSignIn() throws Exception {
            var page = get("/checkout");

            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/auth/signin/identity");
        }
    }

    @Nested
    class Pay {
        static final String CARD = "4242 4242 4242 4242";

        @Test
        void postsTheCardToOrderingAndKeepsItNowhere() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/ordering/orders/" + ORDER_ID, 200, order("AWAITING_PAYMENT"))
                    .answer("POST", "/api/ordering/orders/" + ORDER_ID + "/payment", 200, order("PAID"));
            var form = browser.get("/orders/" + ORDER_ID + "/pay");
            assertThat(form.body())
                    .contains("<label for=\"cardNumber\">Card number</label>")
                    .contains("<label for=\"cvc\">Security code (CVC)</label>")
                    .doesNotContain("4000 0000 0000 0002"); // test cards only in the dev profile

            var paid = browser.post(
                    "/orders/" + ORDER_ID + "/pay",
                    Map.of("cardholder", "Ada Customer", "cardNumber", CARD, "expiry", "12/39", "cvc", "123"));

            assertThat(paid.headers().firstValue("Location").orElseThrow()).endsWith("/orders/" + ORDER_ID);
            var payment = stub.received("POST", "/api/ordering/orders/" + ORDER_ID + "/payment")
                    .getFirst();
            assertThat(payment.body())
                    .contains("\"cardNumber\":\"" + CARD + "\"")
                    .contains("\"expiry\":\"12/39\"")
                    .contains("\"cvc\":\"123\"")
                    .contains("\"cardholder\":\"Ada Customer\"");
            // The card as typed, its digits run together, or its expiry: not "4242" alone, which a session's random
            // UUIDs (the CSRF token) sometimes contain.
            assertThat(sessionValues(browser))
                    .noneMatch(v -> v.contains(CARD) || v.contains(CARD.replace(" ", "")) || v.contains("12/39"));
        }

        @Test
        void showsADeclineWithoutEchoingTheCard() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/ordering/orders/" + ORDER_ID, 200, order("AWAITING_PAYMENT"))
                    .answer(
                            "POST",
                            "/api/ordering/orders/" + ORDER_ID + "/payment",
                            402,
                            problem(402, "ORDERING.PAYMENT_DECLINED", "The card was declined (card_declined)."));

            var page = browser.post(
                    "/orders/" + ORDER_ID + "/pay",
                    Map.of(
                            "cardholder",
                            "Ada Customer",
                            "cardNumber",
                            "4000 0000 0000 0002",
                            "expiry",
                            "12/39",
                            "cvc",
                            "987"));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("The card was declined (card_declined).")
                    .doesNotContain("4000 0000 0000 0002")
                    .doesNotContain("0002")
                    .doesNotContain("987")
                    .contains("value=\"Ada Customer\"");
        }

        @Test
        void checksTheCardsShapeBeforeAskingOrdering() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/ordering/orders/" + ORDER_ID, 200, order("AWAITING_PAYMENT"));

            var page = browser.post(
                    "/orders/" + ORDER_ID + "/pay",
                    Map.of("cardholder", "", "cardNumber", "4242 42x", "expiry", "13/20", "cvc", "12"));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("id=\"cardholder-error\">Enter the name on the card.</p>")
                    .contains("id=\"cardNumber-error\">Enter the 12 to 19 digits of the card.</p>")
                    .contains("id=\"expiry-error\">Write the expiry as MM/YY.</p>")
                    .contains("id=\"cvc-error\">The security code has 3 or 4 digits.</p>")
                    .doesNotContain("4242 42x");
            assertThat(stub.received("POST", "/api/ordering/orders/" + ORDER_ID + "/payment"))
                    .isEmpty();
        }

        @Test
        void showsOrderingsFieldErrorNextToTheCardNumber() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/ordering/orders/" + ORDER_ID, 200, order("AWAITING_PAYMENT"))
                    .answer("POST", "/api/ordering/orders/" + ORDER_ID + "/payment", 400, """
                            {"status":400,"code":"REQUEST.VALIDATION_FAILED","detail":"The request is not valid.",
                             "errors":[{"field":"cardNumberValid","message":"cardNumber is not a valid card number","rejectedValue":false}]}
                            """);

            var page = browser.post(
                    "/orders/" + ORDER_ID + "/pay",
                    Map.of("cardholder", "Ada", "cardNumber", "4242 4242 4242 4241", "expiry", "12/39", "cvc", "123"));

            assertThat(page.body())
                    .contains("id=\"cardNumber-error\">cardNumber is not a valid card number</p>")
                    .doesNotContain("4241");
        }
    }

    @Nested
    class Orders {
        @Test
        void listsMyOrdersPageByPage() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/ordering/orders", 200, """
                    {"items":[{"id":"%s","customerId":"c","status":"AWAITING_PAYMENT","currency":"EUR","total":72.00,
                      "itemCount":2,"createdAt":"2026-12-03T10:00:00Z","updatedAt":"2026-12-03T10:00:01Z"}],
                     "page":1,"size":10,"total":21,"totalPages":3}
                    """.formatted(ORDER_ID));

            var page = browser.get("/orders?page=1");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(stub.received("GET", "/api/ordering/orders").getFirst().query())
                    .isEqualTo("page=1&size=10");
            assertThat(page.body())
                    .contains("href=\"/orders/" + ORDER_ID + "\"")
                    .contains("AWAITING PAYMENT")
                    .contains("72.00 EUR")
                    .contains("Page 2 of 3")
                    .contains("href=\"/orders?page=0\"")
                    .contains("href=\"/orders?page=2\"");
        }

        @Test
        void refusesABadPageNumber() throws Exception {
            var browser = signIn(aCustomer());

            assertThat(browser.get("/orders?page=-1").statusCode()).isEqualTo(400);
            assertThat(stub.received("GET", "/api/ordering/orders")).isEmpty();
        }

        @Test
        void showsAnOrderWithItsHistoryAndWhatCanBeDone() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/ordering/orders/" + ORDER_ID, 200, order("AWAITING_PAYMENT"));

            var page = browser.get("/orders/" + ORDER_ID);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("data-status=\"AWAITING_PAYMENT\"")
                    .contains("STOCK RESERVED")
                    .contains("href=\"/orders/" + ORDER_ID + "/pay\"")
                    .contains("id=\"cancel-form\"")
                    .contains("Desk lamp")
                    .contains("Main street 1")
                    .contains("data-live=\"/orders/" + ORDER_ID + "\"")
                    .contains("hx-get=\"/orders/" + ORDER_ID + "/status\"");
        }

        @Test
        void servesTheStatusPartAloneForTheLiveRefresh() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/ordering/orders/" + ORDER_ID, 200, order("PAID"));

            var part = browser.get("/orders/" + ORDER_ID + "/status");

            assertThat(part.statusCode()).isEqualTo(200);
            assertThat(part.body().strip()).startsWith("<section id=\"order-status\"");
            assertThat(part.body())
                    .contains("data-status=\"PAID\"")
                    .doesNotContain("<html")
                    .doesNotContain("/pay\"");
        }

        @Test
        void cancelsAndShowsOrderingsRefusal() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/ordering/orders/" + ORDER_ID, 200, order("AWAITING_PAYMENT"))
                    .answer(
                            "POST",
                            "/api/ordering/orders/" + ORDER_ID + "/cancel",
                            409,
                            problem(409, "ORDERING.ILLEGAL_TRANSITION", "An order SHIPPED cannot become CANCELLED."));

            var cancelled = browser.post("/orders/" + ORDER_ID + "/cancel", Map.of("reason", "Changed my mind"));
            var page = browser.get("/orders/" + ORDER_ID);

            assertThat(cancelled.headers().firstValue("Location").orElseThrow()).endsWith("/orders/" + ORDER_ID);
            assertThat(stub.received("POST", "/api/ordering/orders/" + ORDER_ID + "/cancel")
                            .getFirst()
                            .body())
                    .isEqualTo("{\"reason\":\"Changed my mind\"}");
            assertThat(page.body()).contains("An order SHIPPED cannot become CANCELLED.");
        }

        @Test
        void showsAnotherCustomersOrderAsNotFound() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer(
                    "GET",
                    "/api/ordering/orders/" + ORDER_ID,
                    404,
                    problem(404, "ORDERING.ORDER_NOT_FOUND", "No such order."));

            assertThat(browser.get("/orders/" + ORDER_ID).statusCode()).isEqualTo(404);
            assertThat(browser.get("/orders/not-a-uuid").statusCode()).isEqualTo(400);
        }
    }

    @Nested
    class Notifications {
        static final String INBOX = """
                {"items":[
                  {"id":12,"kind":"ORDER_PAID","title":"Payment received","body":"Order 6f1c2b9a is paid: 72.00 EUR.",
                   "link":"/orders/6f1c2b9a-3d4e-4f50-8a61-7b8c9d0e1f23","createdAt":"2026-12-03T10:01:00Z","readAt":null},
                  {"id":11,"kind":"REVIEW_REJECTED","title":"<b>Review</b> not published","body":"<script>alert(1)</script>",
                   "link":"javascript:alert(1)","createdAt":"2026-12-03T09:00:00Z","readAt":"2026-12-03T09:30:00Z"}],
                 "page":0,"size":20,"total":2,"totalPages":1}
                """;

        @Test
        void listsNotificationsAsTextWithLinksOnlyIntoTheShop() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/message/notifications", 200, INBOX);

            var page = browser.get("/notifications");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("href=\"/orders/6f1c2b9a-3d4e-4f50-8a61-7b8c9d0e1f23\">Payment received</a>")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .contains("&lt;b&gt;Review&lt;/b&gt; not published")
                    .doesNotContain("<script>alert(1)")
                    .doesNotContain("href=\"javascript:")
                    .contains("action=\"/notifications/12/read\"")
                    .doesNotContain("action=\"/notifications/11/read\"");
            assertThat(stub.received("GET", "/api/message/notifications")
                            .getFirst()
                            .query())
                    .isEqualTo("page=0&size=20&unread=false");
        }

        @Test
        void marksOneAndAllRead() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("POST", "/api/message/notifications/12/read", 204, "")
                    .answer("POST", "/api/message/notifications/read-all", 200, "{\"marked\":3}");

            var one = browser.post("/notifications/12/read", Map.of());
            var all = browser.post("/notifications/read-all", Map.of());

            assertThat(one.headers().firstValue("Location").orElseThrow()).endsWith("/notifications");
            assertThat(all.headers().firstValue("Location").orElseThrow()).endsWith("/notifications");
            assertThat(stub.received("POST", "/api/message/notifications/12/read"))
                    .hasSize(1);
            assertThat(stub.received("POST", "/api/message/notifications/read-all"))
                    .hasSize(1);
            assertThat(browser.post("/notifications/abc/read", Map.of()).statusCode())
                    .isEqualTo(400);
        }

        @Test
        void theBellShowsTheUnreadCountAndReloadsOnlyLive() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/message/notifications/unread-count", 200, "{\"unread\":3}");

            var bell = browser.get("/notifications/bell");
            var page = browser.get("/denied");

            assertThat(bell.body())
                    .contains("id=\"unread-count\">3</span>")
                    .contains("hx-trigger=\"live\"")
                    .contains("data-live=\"*\"");
            assertThat(page.body())
                    .contains("id=\"bell\"")
                    .contains("hx-trigger=\"load, live\"")
                    .contains("src=\"/assets/live.js\"");
        }
    }

    @Nested
    class Support {
        static final String CONVERSATION_ID = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
        static final String CONVERSATION = """
                {"id":"%s","customerId":"c","subject":"Where is my <lamp>?","status":"OPEN","messageCount":2,"unread":1,
                 "createdAt":"2026-12-03T10:00:00Z","lastMessageAt":"2026-12-03T10:05:00Z","closedAt":null,"closedBy":null,
                 "messages":[{"id":41,"side":"CUSTOMER","text":"Hello\\n<img src=x onerror=alert(1)>","createdAt":"2026-12-03T10:00:00Z"},
                             {"id":42,"side":"SUPPORT","text":"It ships today.","createdAt":"2026-12-03T10:05:00Z"}]}
                """.formatted(CONVERSATION_ID);

        @Test
        void startsAConversationAfterCheckingTheForm() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer(
                            "GET",
                            "/api/message/conversations",
                            200,
                            "{\"items\":[],\"page\":0,\"size\":20,\"total\":0,\"totalPages\":0}")
                    .answer("POST", "/api/message/conversations", 201, CONVERSATION);

            var invalid = browser.post("/support/conversations", Map.of("subject", " ", "text", "Hi"));
            var started =
                    browser.post("/support/conversations", Map.of("subject", "Where is my lamp?", "text", " Hello "));

            assertThat(invalid.statusCode()).isEqualTo(200);
            assertThat(invalid.body())
                    .contains("id=\"subject-error\">Enter a subject.</p>")
                    .contains(">Hi</textarea>");
            assertThat(started.headers().firstValue("Location").orElseThrow())
                    .endsWith("/support/conversations/" + CONVERSATION_ID);
            var posts = stub.received("POST", "/api/message/conversations");
            assertThat(posts).hasSize(1);
            assertThat(posts.getFirst().body())
                    .contains("\"subject\":\"Where is my lamp?\"")
                    .contains("\"text\":\"Hello\"");
        }

        @Test
        void showsMessagesAsPlainTextWithoutMarkingThemRead() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/message/conversations/" + CONVERSATION_ID, 200, CONVERSATION)
                    .answer("POST", "/api/message/conversations/" + CONVERSATION_ID + "/read", 204, "");

            var page = browser.get("/support/conversations/" + CONVERSATION_ID);
            var part = browser.get("/support/conversations/" + CONVERSATION_ID + "/messages");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("Where is my &lt;lamp&gt;?")
                    .contains("&lt;img src=x onerror=alert(1)&gt;")
                    .doesNotContain("<img src=x")
                    .contains("It ships today.")
                    .contains("id=\"reply-form\"")
                    .contains("data-live=\"/support/conversations/" + CONVERSATION_ID + "\"");
            assertThat(part.statusCode()).isEqualTo(200);
            assertThat(stub.received("POST", "/api/message/conversations/" + CONVERSATION_ID + "/read"))
                    .as("showing a conversation, or its live part, changes nothing")
                    .isEmpty();
            // the page (and each live refresh of its messages) posts the read once shown, with its CSRF token and
            // the newest message it showed
            for (var html : new String[] {page.body(), part.body()}) {
                var form = markReadForm(html);
                assertThat(form)
                        .containsPattern("hx-post=\"/support/conversations/" + CONVERSATION_ID + "/read\"")
                        .contains("hx-trigger=\"load\"")
                        .contains("name=\"_csrf\"")
                        .containsPattern("name=\"upTo\"\\s+value=\"42\"");
            }
        }

        private static String markReadForm(String html) {
            var start = html.indexOf("<form id=\"mark-read\"");
            assertThat(start).as("the mark-read form").isNotNegative();
            return html.substring(start, html.indexOf("</form>", start));
        }

        @Test
        void marksTheConversationReadWhenThePagePostsIt() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("POST", "/api/message/conversations/" + CONVERSATION_ID + "/read", 204, "");
            var path = "/support/conversations/" + CONVERSATION_ID + "/read";

            var byHtmx =
                    postForm(path, "upTo=42&_csrf=" + browser.csrf(), "Cookie", browser.cookie(), "HX-Request", "true");
            var byButton = browser.post(path, Map.of());
            var badMark = browser.post(path, Map.of("upTo", "0"));
            var withoutToken = postForm(path, "", "Cookie", browser.cookie(), "HX-Request", "true");

            assertThat(byHtmx.statusCode()).isEqualTo(204);
            assertThat(byButton.statusCode()).isEqualTo(302);
            assertThat(byButton.headers().firstValue("Location").orElseThrow())
                    .endsWith("/support/conversations/" + CONVERSATION_ID);
            assertThat(withoutToken.statusCode()).isEqualTo(403);
            assertThat(badMark.statusCode()).isEqualTo(400);
            var reads = stub.received("POST", "/api/message/conversations/" + CONVERSATION_ID + "/read");
            assertThat(reads).hasSize(2);
            assertThat(reads.getFirst().header("Authorization")).startsWith("Bearer ");
            assertThat(reads.getFirst().query())
                    .as("up to the newest message shown")
                    .isEqualTo("upTo=42");
            assertThat(reads.get(1).query()).as("without it: all of it").isEmpty();
        }

        @Test
        void offersNoReadToPostWhenNothingIsUnread() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer(
                    "GET",
                    "/api/message/conversations/" + CONVERSATION_ID,
                    200,
                    CONVERSATION.replace("\"unread\":1", "\"unread\":0"));

            var page = browser.get("/support/conversations/" + CONVERSATION_ID);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("It ships today.").doesNotContain("id=\"mark-read\"");
        }

        @Test
        void repliesAndShowsMessagesRefusal() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/message/conversations/" + CONVERSATION_ID, 200, CONVERSATION)
                    .answer("POST", "/api/message/conversations/" + CONVERSATION_ID + "/read", 204, "")
                    .answer(
                            "POST",
                            "/api/message/conversations/" + CONVERSATION_ID + "/messages",
                            409,
                            problem(409, "MESSAGE.CONVERSATION_CLOSED", "The conversation is closed."));

            var blank = browser.post("/support/conversations/" + CONVERSATION_ID + "/messages", Map.of("text", ""));
            var refused =
                    browser.post("/support/conversations/" + CONVERSATION_ID + "/messages", Map.of("text", "Thanks"));

            assertThat(blank.body()).contains("id=\"reply-error\">Write your message.</p>");
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("The conversation is closed.").contains(">Thanks</textarea>");
            assertThat(stub.received("POST", "/api/message/conversations/" + CONVERSATION_ID + "/messages"))
                    .hasSize(1);
        }

        @Test
        void closesTheConversation() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer(
                    "POST",
                    "/api/message/conversations/" + CONVERSATION_ID + "/close",
                    200,
                    CONVERSATION.replace("\"OPEN\"", "\"CLOSED\""));

            var closed = browser.post("/support/conversations/" + CONVERSATION_ID + "/close", Map.of());

            assertThat(closed.headers().firstValue("Location").orElseThrow())
                    .endsWith("/support/conversations/" + CONVERSATION_ID);
            assertThat(stub.received("POST", "/api/message/conversations/" + CONVERSATION_ID + "/close"))
                    .hasSize(1);
        }
    }

    @Nested
    class Account {
        static final String ME = """
                {"id":"u","email":"ada@example.com","displayName":"Ada Customer","roles":["CUSTOMER"],"enabled":true}
                """;

        @Test
        void changesTheDisplayNameAfterCheckingIt() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/identity/me", 200, ME).answer("PATCH", "/api/identity/me", 200, ME);

            var page = browser.get("/account");
            var blank = browser.post("/account/name", Map.of("displayName", "  "));
            var renamed = browser.post("/account/name", Map.of("displayName", " Ada Lovelace "));

            assertThat(page.body()).contains("value=\"Ada Customer\"").contains("ada@example.com");
            assertThat(blank.body()).contains("id=\"displayName-error\">Enter your name.</p>");
            assertThat(renamed.headers().firstValue("Location").orElseThrow()).endsWith("/account");
            assertThat(stub.received("PATCH", "/api/identity/me"))
                    .singleElement()
                    .extracting(StubGateway.Received::body)
                    .isEqualTo("{\"displayName\":\"Ada Lovelace\"}");
        }

        @Test
        void showsIdentitysRefusalOfThePasswordAndNeverEchoesIt() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("GET", "/api/identity/me", 200, ME)
                    .answer(
                            "POST",
                            "/api/identity/me/password",
                            422,
                            problem(422, "IDENTITY.WRONG_PASSWORD", "The current password is not right."));

            var mismatch = browser.post(
                    "/account/password",
                    Map.of(
                            "currentPassword",
                            "old-secret-1",
                            "newPassword",
                            "new-secret-12",
                            "confirmation",
                            "other-1234"));
            var wrong = browser.post(
                    "/account/password",
                    Map.of(
                            "currentPassword",
                            "old-secret-1",
                            "newPassword",
                            "new-secret-12",
                            "confirmation",
                            "new-secret-12"));

            assertThat(mismatch.body()).contains("id=\"confirmation-error\">The two new passwords differ.</p>");
            assertThat(wrong.body())
                    .contains("id=\"currentPassword-error\">The current password is not right.</p>")
                    .doesNotContain("old-secret-1")
                    .doesNotContain("new-secret-12");
            assertThat(stub.received("POST", "/api/identity/me/password"))
                    .singleElement()
                    .extracting(StubGateway.Received::body)
                    .asString()
                    .contains("\"currentPassword\":\"old-secret-1\"")
                    .contains("\"newPassword\":\"new-secret-12\"");
        }

        @Test
        void endsTheSessionOnceThePasswordIsChanged() throws Exception {
            var browser = signIn(aCustomer());
            stub.answer("POST", "/api/identity/me/password", 204, "");

            var changed = browser.post(
                    "/account/password",
                    Map.of(
                            "currentPassword",
                            "old-secret-1",
                            "newPassword",
                            "new-secret-12",
                            "confirmation",
                            "new-secret-12"));

            assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/auth/signin/identity");
            assertThat(browser.get("/account").statusCode())
                    .as("identity revoked the session's refresh token: the session is over")
                    .isEqualTo(302);
        }
    }

    private java.util.List<String> sessionValues(Browser browser) {
        var values = new ArrayList<String>();
        for (var key : redis.keys("emporium:web:session:sessions:*")) {
            for (var value : redis.opsForHash().values(key)) {
                values.add(
                        value == null
                                ? ""
                                : new String(
                                        value instanceof byte[] bytes
                                                ? bytes
                                                : value.toString().getBytes(),
                                        java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(browser.cookie()).isNotBlank();
        return values;
    }
}
