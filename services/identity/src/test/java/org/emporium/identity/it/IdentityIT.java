package org.emporium.identity.it;

import org.emporium.platform.test.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of identity's integration tests: the real service on a random port, a real PostgreSQL database and AMQP
 * broker, the dev profile (demo accounts, dev client secrets). Every subclass shares this one Spring context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "emporium.identity.bcrypt-strength=4",
            "emporium.identity.keys.publish-ahead=2s",
            "emporium.identity.keys.cache-time=0s",
            "emporium.identity.throttle.max-account-failures=3",
            "emporium.identity.throttle.lockout=10m"
        })
@RealInfrastructure
@ActiveProfiles("dev")
abstract class IdentityIT {
    static final String ADMIN = "admin@emporium.dev";
    static final String ADMIN_PASSWORD = "Admin123!demo";
    static final String CUSTOMER = "customer@emporium.dev";
    static final String CUSTOMER_PASSWORD = "Customer123!demo";

    @LocalServerPort
    int port;

    IdentityClient identity;

    @BeforeEach
    void client() {
        identity = new IdentityClient("http://localhost:" + port);
    }
}
