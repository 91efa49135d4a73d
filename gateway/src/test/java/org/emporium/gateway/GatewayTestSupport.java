package org.emporium.gateway;

import java.net.InetSocketAddress;
import java.time.Duration;
import org.emporium.platform.test.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * One gateway on a random port in front of real HTTP stubs, with real Redis. identity (which also serves the JWKS),
 * catalog, basket, ordering and comment are deployed; statistics is not. Every test class shares this context
 * ({@link ManagementPortIT} adds a second, with a management port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = false, amqp = false, redis = true)
@ActiveProfiles("it")
@Import(TestClocks.class)
abstract class GatewayTestSupport {
    static final Tokens TOKENS = new Tokens();
    static final StubService IDENTITY = StubService.start("identity").serve("/oauth2/jwks", TOKENS::jwks);
    static final StubService CATALOG = StubService.start("catalog");
    static final StubService BASKET = StubService.start("basket");
    static final StubService ORDERING = StubService.start("ordering");
    static final StubService COMMENT = StubService.start("comment");
    static final StubService WEB = StubService.start("web");

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry registry) {
        registry.add("emporium.security.issuer-uri", () -> Tokens.ISSUER);
        registry.add("emporium.security.jwk-set-uri", () -> IDENTITY.url() + "/oauth2/jwks");
        registry.add("emporium.services.identity.url", IDENTITY::url);
        registry.add("emporium.services.catalog.url", CATALOG::url);
        registry.add("emporium.services.basket.url", BASKET::url);
        registry.add("emporium.services.ordering.url", ORDERING::url);
        registry.add("emporium.services.comment.url", COMMENT::url);
        registry.add("emporium.services.message.url", FlakyUpstream.INSTANCE::url);
        registry.add("emporium.services.web.url", WEB::url);
    }

    @LocalServerPort
    int port;

    @Autowired
    ReactiveStringRedisTemplate redis;

    WebTestClient client;

    @BeforeEach
    void connect() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15))
                .build();
        for (var stub : new StubService[] {IDENTITY, CATALOG, BASKET, ORDERING, COMMENT, WEB}) {
            stub.reset();
        }
    }

    /**
     * A client whose connections leave from {@code address} (any of 127.0.0.0/8 works on Linux), each request on a
     * new connection so none is shared with {@link #client}. 127.0.0.2 is the trusted proxy in the it profile.
     */
    WebTestClient clientFrom(String address) {
        var http = HttpClient.create(ConnectionProvider.newConnection())
                .bindAddress(() -> new InetSocketAddress(address, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15))
                .build();
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Forgets every rate-limit bucket, so each test starts with full budgets. */
    void forgetRateLimits() {
        redis.scan(org.springframework.data.redis.core.ScanOptions.scanOptions()
                        .match("request_rate_limiter.*")
                        .build())
                .flatMap(redis::delete)
                .blockLast(Duration.ofSeconds(5));
    }
}
