package org.emporium.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The dashboard's live stream: {@code /admin/dashboard/live} opens statistics' SSE stream through the (stub)
 * gateway with the admin's token and passes its events — {@code overview-changed} and the heartbeat comments that
 * keep idle proxies from cutting the line — to the browser as they come; when statistics ends the stream, so does
 * the relay (the browser's EventSource reconnects).
 */
class DashboardLiveIT extends BackOfficeTest {
    @Test
    void relaysStatisticsEventsAndHeartbeatsToTheBrowserAsTheyCome() throws Exception {
        var result = mvc.perform(MockMvcRequestBuilders.get("/admin/dashboard/live")
                        .with(admin())
                        .accept("text/event-stream"))
                .andExpect(request().asyncStarted())
                .andReturn();
        var upstream = STUB.streams.poll(10, TimeUnit.SECONDS);
        assertThat(upstream).as("the relay opened statistics' stream").isNotNull();
        assertThat(upstream.call.path()).isEqualTo("/api/statistics/live");
        assertThat(upstream.call.header("Authorization")).isEqualTo("Bearer " + ADMIN_TOKEN);
        assertThat(upstream.call.header("Accept")).contains("text/event-stream");

        upstream.write(":subscribed\n\n");
        upstream.write("event: overview-changed\ndata: {\"changed\":\"overview\"}\n\n");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(result.getResponse().getContentAsString())
                        .contains(":subscribed")
                        .contains("event:overview-changed\ndata:{\"changed\":\"overview\"}\n\n"));

        upstream.write(":heartbeat\n\n");
        upstream.write("event: overview-changed\ndata: {\"changed\":\"overview\"}\n\n");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var relayed = result.getResponse().getContentAsString();
            assertThat(relayed).contains(":heartbeat");
            assertThat(relayed.split("event:overview-changed", -1)).hasSize(3);
        });
        assertThat(result.getResponse().getContentType()).startsWith("text/event-stream");

        upstream.close();
        assertThatCode(() -> result.getAsyncResult(10_000))
                .as("the browser's stream ends with statistics'")
                .doesNotThrowAnyException();
    }

    @Test
    void refusesACustomerAndSendsAVisitorToSignIn() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/admin/dashboard/live").with(customer()))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get("/admin/dashboard/live")).andExpect(status().isFound());

        assertThat(STUB.streams).isEmpty();
        assertThat(STUB.calls()).isEmpty();
    }

    @Test
    void answersStatisticsRefusalInsteadOfAStream() throws Exception {
        STUB.problem("GET", "/api/statistics/live", 403, "AUTH.FORBIDDEN", "Admins only.", "");

        mvc.perform(MockMvcRequestBuilders.get("/admin/dashboard/live")
                        .with(admin())
                        .accept("text/event-stream"))
                .andExpect(status().isForbidden());
    }
}
