package org.emporium.basket.infrastructure.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.emporium.basket.application.CouponQuotes;
import org.emporium.basket.domain.BasketErrors;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.httpclient.ServiceClientProperties;
import org.emporium.platform.httpclient.ServiceClients;
import org.emporium.platform.httpclient.ServiceLocations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * The quote call over real HTTP: a JDK HttpServer answering like discount's documented {@code POST
 * /api/discount/quotes} (and a token endpoint), as platform/http-client's ServiceClientsTest does.
 */
class DiscountCouponQuotesTest {
    private HttpServer server;
    private final List<String> quoteBodies = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String answer = "";
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oauth2/token", exchange -> {
            var body =
                    "{\"access_token\":\"t1\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"discount.quote\"}";
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length());
            exchange.getResponseBody().write(body.getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.createContext("/api/discount/quotes", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            quoteBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            var bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CouponQuotes quotes(URI discountUrl) {
        var properties = new ServiceClientProperties(
                "basket-service",
                "s3cret",
                base.resolve("/oauth2/token"),
                List.of("discount.quote"),
                Duration.ofMillis(500),
                Duration.ofMillis(500));
        var manager = ServiceClients.clientCredentialsManager(properties);
        var locations = new ServiceLocations(Map.of("discount", new ServiceLocations.Location(discountUrl)));
        var clients = new ServiceClients(properties, locations, manager, RestClient.builder());
        return new DiscountCouponQuotes(clients.declarative("discount", DiscountApi.class));
    }

    private static List<CouponQuotes.QuoteLine> lines(UUID productId) {
        return List.of(new CouponQuotes.QuoteLine(productId, null, new BigDecimal("12.50"), 2));
    }

    @Test
    void sendsTheBasketAsAServiceWithTheCustomerAndReadsAnApplyingQuote() {
        answer = """
                {"code":"SAVE5","applies":true,"reason":null,"currency":"EUR","subtotal":25.00,
                 "eligibleSubtotal":25.00,"discount":5.00,"total":20.00,"allocations":[]}""";
        var customer = UUID.randomUUID();
        var product = UUID.randomUUID();
        var quote = quotes(base).quote(customer, "SAVE5", "EUR", lines(product));
        assertThat(quote.applies()).isTrue();
        assertThat(quote.discount()).isEqualByComparingTo("5.00");
        assertThat(quote.total()).isEqualByComparingTo("20.00");
        assertThat(authorizations).containsExactly("Bearer t1");
        assertThat(quoteBodies.getFirst())
                .contains("\"code\":\"SAVE5\"")
                .contains("\"currency\":\"EUR\"")
                .contains("\"customerId\":\"" + customer + "\"")
                .contains("\"productId\":\"" + product + "\"")
                .contains("\"unitPrice\":12.50")
                .contains("\"quantity\":2");
    }

    @Test
    void aQuoteThatDoesNotApplyCarriesDiscountsReason() {
        answer = """
                {"code":"BIG50","applies":false,"reason":"MINIMUM_NOT_MET","missingAmount":12.55,"currency":"EUR",
                 "subtotal":37.45,"eligibleSubtotal":37.45,"discount":0.00,"total":37.45,"allocations":[]}""";
        var quote = quotes(base).quote(UUID.randomUUID(), "BIG50", "EUR", lines(UUID.randomUUID()));
        assertThat(quote.applies()).isFalse();
        assertThat(quote.reason()).isEqualTo("MINIMUM_NOT_MET");
        assertThat(quote.missingAmount()).isEqualByComparingTo("12.55");
    }

    @Test
    void discountDownOrFailingIsA503RefusalNotAHang() throws IOException {
        status = 503;
        assertThatThrownBy(() -> quotes(base).quote(UUID.randomUUID(), "SAVE5", "EUR", lines(UUID.randomUUID())))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(BasketErrors.DISCOUNT_UNAVAILABLE));

        URI closed;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        var nowhere = closed;
        assertThatThrownBy(() -> quotes(nowhere).quote(UUID.randomUUID(), "SAVE5", "EUR", lines(UUID.randomUUID())))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(BasketErrors.DISCOUNT_UNAVAILABLE));
    }
}
