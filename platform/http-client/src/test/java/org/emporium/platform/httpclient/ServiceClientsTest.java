package org.emporium.platform.httpclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Service calls against a real HTTP token endpoint and a real upstream on loopback. */
class ServiceClientsTest {
    private HttpServer server;
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final List<String> tokenRequestBodies = new CopyOnWriteArrayList<>();
    private final List<String> tokenRequestAuthorizations = new CopyOnWriteArrayList<>();
    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final AtomicInteger slowCalls = new AtomicInteger();
    private final AtomicInteger flakyFailuresLeft = new AtomicInteger();
    private ServiceClients clients;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/oauth2/token", exchange -> {
            tokenRequests.incrementAndGet();
            tokenRequestAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            tokenRequestBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            var body = "{\"access_token\":\"token-" + tokenRequests.get()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"catalog.read\"}";
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length());
            exchange.getResponseBody().write(body.getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.createContext("/grown", exchange -> {
            var body = "{\"name\":\"lamp\",\"addedLater\":{\"any\":1}}";
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length());
            exchange.getResponseBody().write(body.getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.createContext("/echo", exchange -> {
            var body = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(200, body.length());
            exchange.getResponseBody().write(body.getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.createContext("/flaky", exchange -> {
            flakyCalls.incrementAndGet();
            var fail = flakyFailuresLeft.getAndDecrement() > 0;
            var body = fail ? "" : "ok";
            exchange.sendResponseHeaders(fail ? 503 : 200, fail ? -1 : body.length());
            if (!fail) {
                exchange.getResponseBody().write(body.getBytes(StandardCharsets.UTF_8));
            }
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            slowCalls.incrementAndGet();
            try {
                releaseSlow.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        var base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        var properties = new ServiceClientProperties(
                "ordering-service",
                "s3cret",
                base.resolve("/oauth2/token"),
                List.of("catalog.read"),
                Duration.ofSeconds(1),
                Duration.ofMillis(300));
        var locations = new ServiceLocations(Map.of("catalog", new ServiceLocations.Location(base)));
        var manager = ServiceClients.clientCredentialsManager(properties);
        // The builder a service's context hands over: its mapper refuses unknown fields (platform-web's setting
        // for requests to the service).
        var strict = RestClient.builder()
                .messageConverters(converters ->
                        converters.replaceAll(converter -> converter instanceof JacksonJsonHttpMessageConverter
                                ? new JacksonJsonHttpMessageConverter(JsonMapper.builder()
                                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                                        .build())
                                : converter));
        clients = new ServiceClients(properties, locations, manager, strict);
    }

    @AfterEach
    void stop() {
        releaseSlow.countDown();
        server.stop(0);
    }

    @Test
    void sendsAClientCredentialsTokenAndReusesItUntilItExpires() {
        var catalog = clients.forService("catalog");

        var first = catalog.get().uri("/echo").retrieve().body(String.class);
        var second = catalog.get().uri("/echo").retrieve().body(String.class);

        assertThat(first).isEqualTo("Bearer token-1");
        assertThat(second).isEqualTo("Bearer token-1");
        assertThat(tokenRequests).hasValue(1);
        assertThat(tokenRequestBodies.getFirst())
                .contains("grant_type=client_credentials")
                .contains("scope=catalog.read");
        assertThat(tokenRequestAuthorizations.getFirst())
                .isEqualTo("Basic "
                        + Base64.getEncoder()
                                .encodeToString("ordering-service:s3cret".getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Calls made while handling different customers' requests share the service's one token: it is the service's, not
     * the customer's (the interceptor's default principal is the signed-in user's, which kept a token per customer).
     */
    @Test
    void callsForDifferentSignedInUsersShareTheServicesToken() {
        var catalog = clients.forService("catalog");
        var answers = new java.util.ArrayList<String>();

        for (var user : List.of("customer-a", "customer-b", "customer-c")) {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
            try {
                answers.add(catalog.get().uri("/echo").retrieve().body(String.class));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        answers.add(catalog.get().uri("/echo").retrieve().body(String.class));

        assertThat(answers).containsOnly("Bearer token-1");
        assertThat(tokenRequests).hasValue(1);
    }

    @Test
    void aSlowServiceFailsFastInsteadOfHanging() {
        var catalog = clients.forService("catalog");
        assertThatThrownBy(() -> catalog.get().uri("/slow").retrieve().toBodilessEntity())
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("catalog service did not answer in time")
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(ErrorKind.UNAVAILABLE);
        // A timed-out call is not retried: the service is slow, and a second and third request would only add to
        // its load (a refused connection or a 5xx is retried, see below).
        assertThat(slowCalls).hasValue(1);
    }

    @Test
    void retriesIdempotentCallsButNeverPosts() {
        var catalog = clients.forService("catalog");
        flakyFailuresLeft.set(2);
        assertThat(catalog.get().uri("/flaky").retrieve().body(String.class)).isEqualTo("ok");
        assertThat(flakyCalls).hasValue(3);

        flakyCalls.set(0);
        flakyFailuresLeft.set(1);
        assertThatThrownBy(() -> catalog.post().uri("/flaky").retrieve().toBodilessEntity())
                .isInstanceOf(DomainException.class);
        assertThat(flakyCalls).hasValue(1);
    }

    interface EchoApi {
        @org.springframework.web.service.annotation.GetExchange("/echo")
        String authorization();
    }

    @Test
    void declarativeClientsSendTheTokenToo() {
        assertThat(clients.declarative("catalog", EchoApi.class).authorization())
                .isEqualTo("Bearer token-1");
    }

    /** What another service answers may have grown a field since this one was written. */
    record Product(String name) {}

    @Test
    void fieldsAServiceAddedToItsAnswersAreIgnored() {
        var product =
                clients.forService("catalog").get().uri("/grown").retrieve().body(Product.class);

        assertThat(product).isEqualTo(new Product("lamp"));
    }

    @Test
    void anUnknownServiceIsAClearConfigurationError() {
        assertThatThrownBy(() -> clients.forService("basket"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EMPORIUM_SERVICES_BASKET_URL");
    }
}
