package org.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogLinesTest {
    private static final Instant SENT = Instant.parse("2026-12-07T23:15:55.900Z");
    private static final String EARLIER = "2026-12-07T23:15:55.899Z  INFO 8768 --- [gateway] [or-http-epoll-1] "
            + "[0db4542215e03d67435bb60de4b2bc0b-                ] emporium.access                          : ";
    private static final String LATER = "2026-12-07T23:16:25.953Z  INFO 8768 --- [gateway] [or-http-epoll-2] "
            + "[0db4542215e03d67435bb60de4b2bc0a-                ] ";

    @Test
    void namesTheLastLinesOfThePathSinceTheRequestWasSent(@TempDir Path dir) throws IOException {
        var log = Files.writeString(
                dir.resolve("gateway.log"),
                EARLIER + "POST /api/discount/coupons 201 9ms route=discount\n"
                        + LATER + "emporium.access                          : POST /api/discount/coupons 201 12ms\n"
                        + LATER + "o.e.gateway.ratelimit.RateLimitStore     : POST /api/discount/coupons retrying\n"
                        + LATER + "emporium.access                          : GET /api/discount/coupons/1 200 3ms\n"
                        + LATER + "emporium.access                          : POST /api/discount/coupons cancelled"
                        + " 30004ms route=discount\n");

        assertThat(AccessLogLines.about(log, "/api/discount/coupons", SENT))
                .as("the line written before the request was sent is left out")
                .isEqualTo("gateway access log for the path since 2026-12-07T23:15:55.900Z, last 2: "
                        + "2026-12-07T23:16:25.953Z POST /api/discount/coupons 201 12ms | "
                        + "2026-12-07T23:16:25.953Z POST /api/discount/coupons cancelled 30004ms route=discount");
    }

    @Test
    void saysSoWhenTheGatewayHasNoLineForThePathSinceTheRequestWasSent(@TempDir Path dir) throws IOException {
        var log = Files.writeString(
                dir.resolve("gateway.log"),
                EARLIER + "POST /api/discount/coupons 201 9ms\n" + LATER
                        + "emporium.access                          : GET /api/basket 200 3ms route=basket\n");

        assertThat(AccessLogLines.about(log, "/api/discount/coupons", SENT))
                .isEqualTo("the gateway's access log has no line for /api/discount/coupons since "
                        + "2026-12-07T23:15:55.900Z (it never finished with it)");
    }
}
