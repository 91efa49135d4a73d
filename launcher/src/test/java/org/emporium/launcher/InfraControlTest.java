package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfraControlTest {
    @TempDir
    Path root;

    private final List<String> events = new ArrayList<>();

    private AutoCloseable server(String name) {
        synchronized (events) {
            events.add("start " + name);
        }
        return () -> {
            synchronized (events) {
                events.add("stop " + name);
            }
        };
    }

    @Test
    void stopsAndStartsAManagedServerOnRequestFromAnotherProcess() throws Exception {
        var layout = new Layout(root, root.resolve("data"));
        var host = new InfraControl(layout);
        var redis = host.manage(InfraControl.Server.REDIS, () -> server("redis"));
        try (var serving = host.serve()) {
            InfraControl.stop(layout, InfraControl.Server.REDIS, Duration.ofSeconds(10));
            InfraControl.stop(layout, InfraControl.Server.REDIS, Duration.ofSeconds(10)); // stopped: nothing to do
            InfraControl.start(layout, InfraControl.Server.REDIS, Duration.ofSeconds(10));
        }
        redis.close();

        assertThat(events).containsExactly("start redis", "stop redis", "start redis", "stop redis");
    }

    @Test
    void refusesAServerItDoesNotManage() throws Exception {
        var layout = new Layout(root, root.resolve("data"));
        var host = new InfraControl(layout);
        host.manage(InfraControl.Server.REDIS, () -> server("redis"));
        try (var serving = host.serve()) {
            assertThatThrownBy(() -> InfraControl.stop(layout, InfraControl.Server.AMQP, Duration.ofSeconds(10)))
                    .hasMessageContaining("amqp is not managed");
        }
    }

    @Test
    void saysSoWhenNoHostAnswers() {
        var layout = new Layout(root, root.resolve("data"));

        assertThatThrownBy(() -> InfraControl.start(layout, InfraControl.Server.AMQP, Duration.ofMillis(300)))
                .hasMessageContaining("did not answer");
    }

    @Test
    void routesOneServiceToAnotherPortUntilCleared() {
        var layout = new Layout(root, root.resolve("data"));
        layout.createDirectories();
        var infra = InfraEndpoints.embedded(25432, 26379, 25673);

        InfraOverrides.routePostgres(layout, "catalog", 40001);
        InfraOverrides.route(layout, "catalog", InfraControl.Server.REDIS, 40002);

        var catalog = InfraOverrides.apply(layout, "catalog", infra);
        assertThat(catalog.postgres().port()).isEqualTo(40001);
        assertThat(catalog.postgres().adminUser()).isEqualTo("postgres");
        assertThat(catalog.redis().port()).isEqualTo(40002);
        assertThat(catalog.amqp().port()).isEqualTo(25673);
        assertThat(InfraOverrides.apply(layout, "ordering", infra)).isEqualTo(infra);
        InfraOverrides.clear(layout, "catalog");
        assertThat(InfraOverrides.apply(layout, "catalog", infra)).isEqualTo(infra);
    }
}
