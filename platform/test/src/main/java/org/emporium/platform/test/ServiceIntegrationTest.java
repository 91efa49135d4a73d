package org.emporium.platform.test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every service's integration-test base class shares: the whole service on a random port against real
 * infrastructure ({@link RealInfrastructure}: PostgreSQL and the AMQP broker unless a subclass declares its own),
 * accepting {@link TestTokens}' tokens, and HTTP clients for it. Each service's {@code support/*IntegrationTest}
 * extends this and adds only what is its own (beans it inspects, fixtures), so all its tests share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@ActiveProfiles("test")
public abstract class ServiceIntegrationTest {
    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void acceptTestTokens(DynamicPropertyRegistry registry) {
        registry.add("emporium.security.issuer-uri", () -> TestTokens.ISSUER);
        registry.add("emporium.security.jwk-set-uri", TestTokens::jwkSetUri);
    }

    /** A client of this service sending {@code token} as bearer ({@code null}: none). */
    protected ApiClient as(@Nullable String token) {
        return ApiClient.at("http://127.0.0.1:" + port).withBearer(token);
    }

    protected ApiClient anonymous() {
        return as(null);
    }

    protected ApiClient admin() {
        return as(TestTokens.admin());
    }

    /** A customer token for {@code id}, valid five minutes. */
    protected static String customer(UUID id) {
        return TestTokens.token(id.toString(), List.of("CUSTOMER"), null, TestTokens.ISSUER, Duration.ofMinutes(5));
    }
}
