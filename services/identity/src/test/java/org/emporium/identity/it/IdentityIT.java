package org.emporium.identity.it;

import java.time.Clock;
import org.emporium.platform.test.RealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Base of identity's integration tests: the real service on a random port, a real PostgreSQL database and AMQP
 * broker, the dev profile (demo accounts, dev client secrets). Every subclass shares this one Spring context.
 *
 * <p>The access-token lifetime is deliberately not the default, so a test can tell that the setting is honoured.
 * Keys rotate on a schedule as in production, but the schedule never fires by itself here: a test runs it, with the
 * service's {@link TestClock} stopped at the time it wants.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "emporium.identity.bcrypt-strength=4",
            "emporium.identity.access-token-lifetime=" + IdentityIT.ACCESS_TOKEN_MINUTES + "m",
            "emporium.identity.keys.publish-ahead=2s",
            "emporium.identity.keys.cache-time=0s",
            "emporium.identity.keys.rotation-interval=30d",
            "emporium.identity.keys.first-check=PT24H",
            "emporium.identity.keys.check-interval=PT24H",
            "emporium.identity.throttle.max-account-address-failures=3",
            "emporium.identity.throttle.lockout=10m"
        })
@RealInfrastructure
@ActiveProfiles("dev")
abstract class IdentityIT {
    /** The access-token lifetime of the shared context (the default is 15). */
    static final int ACCESS_TOKEN_MINUTES = 7;

    static final String ADMIN = "admin@emporium.dev";
    static final String ADMIN_PASSWORD = "Admin123!demo";
    static final String CUSTOMER = "customer@emporium.dev";
    static final String CUSTOMER_PASSWORD = "Customer123!demo";

    @LocalServerPort
    int port;

    IdentityClient identity;

    /** The service's clock (its {@code Clock} bean), running unless a test stops it; one per context. */
    @TestBean(name = "clock", methodName = "systemClockUntilStopped")
    Clock serviceClock;

    static Clock systemClockUntilStopped() {
        return new TestClock();
    }

    TestClock clock() {
        return (TestClock) serviceClock;
    }

    @BeforeEach
    void client() {
        identity = new IdentityClient("http://localhost:" + port);
    }

    /** A test that stopped the clock and failed half-way must not leave it stopped for the next one. */
    @AfterEach
    void resumeClock() {
        clock().resume();
    }
}
