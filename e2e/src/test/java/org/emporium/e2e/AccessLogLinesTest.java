package org.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogLinesTest {
    private static final String PREFIX = "2026-12-07T23:16:25.953Z  INFO 8768 --- [gateway] [or-http-epoll-2] "
            + "[0db4542215e03d67435bb60de4b2bc0a-                ] ";

    @Test
    void namesTheLastLinesOfThePathWithTheirTime(@TempDir Path dir) throws IOException {
        var log = Files.writeString(
                dir.resolve("gateway.log"),
                PREFIX
                        + "emporium.access                          : POST /api/discount/coupons 201 12ms route=discount\n"
                        + PREFIX + "o.e.gateway.ratelimit.RateLimitStore     : POST /api/discount/coupons retrying\n"
                        + PREFIX + "emporium.access                          : GET /api/discount/coupons/1 200 3ms\n"
                        + PREFIX
                        + "emporium.access                          : POST /api/discount/coupons cancelled 30004ms"
                        + " route=discount\n");

        assertThat(AccessLogLines.about(log, "/api/discount/coupons"))
                .isEqualTo("gateway access log, last 2 for the path: "
                        + "2026-12-07T23:16:25.953Z POST /api/discount/coupons 201 12ms route=discount | "
                        + "2026-12-07T23:16:25.953Z POST /api/discount/coupons cancelled 30004ms route=discount");
    }

    @Test
    void saysSoWhenTheGatewayHasNoLineForThePath(@TempDir Path dir) throws IOException {
        var log = Files.writeString(
                dir.resolve("gateway.log"),
                PREFIX + "emporium.access                          : GET /api/basket 200 3ms route=basket\n");

        assertThat(AccessLogLines.about(log, "/api/discount/coupons"))
                .isEqualTo(
                        "the gateway's access log has no line for /api/discount/coupons (it never finished with it)");
    }
}
