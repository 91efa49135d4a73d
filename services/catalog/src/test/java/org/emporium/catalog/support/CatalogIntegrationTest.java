package org.emporium.catalog.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.emporium.platform.test.ApiClient;
import org.emporium.platform.test.RealInfrastructure;
import org.emporium.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context every catalog integration test shares (same configuration, so it starts once): the whole
 * service on a random port against real PostgreSQL and the AMQP broker, test tokens, images in a temporary folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@ActiveProfiles("test")
public abstract class CatalogIntegrationTest {
    private static final Path IMAGES = temporaryFolder();

    @LocalServerPort
    protected int port;

    @Autowired
    protected org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("emporium.security.issuer-uri", () -> TestTokens.ISSUER);
        registry.add("emporium.security.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("emporium.catalog.images.local.root", IMAGES::toString);
    }

    protected CatalogClient as(String token) {
        return new CatalogClient(ApiClient.at("http://127.0.0.1:" + port).withBearer(token));
    }

    protected CatalogClient anonymous() {
        return as(null);
    }

    protected CatalogClient admin() {
        return as(TestTokens.admin());
    }

    private static Path temporaryFolder() {
        try {
            var folder = Files.createTempDirectory("catalog-images-");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
