package org.emporium.bench.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RampTest {
    private static Ramp.Step step(double rate, double readMillis, double checkoutMillis, int errors) {
        var samples = new Samples();
        int arrivals = (int) rate * 10;
        for (int i = 0; i < arrivals; i++) {
            samples.record("SEARCH", readMillis, 200, false, false);
        }
        samples.record("CHECKOUT", checkoutMillis, 201, false, false);
        for (int i = 0; i < errors; i++) {
            samples.record("CHECKOUT", 10, 500, true, false);
        }
        return new Ramp.Step(
                rate,
                new OpenLoop.Run(arrivals, Duration.ofSeconds(10), Duration.ZERO),
                samples,
                Map.of("catalog", 12.0, "gateway", 15.0, "postgres", 4.0),
                Map.of());
    }

    @Test
    void aStepBreaksOnSlowReadsSlowWritesOrAnyError() {
        assertThat(step(10, 50, 300, 0).breaks()).isEmpty();
        assertThat(step(10, 250, 300, 0).breaks()).containsExactly("SEARCH p99 250 ms > 200");
        assertThat(step(10, 50, 450, 0).breaks()).containsExactly("CHECKOUT p99 450 ms > 400");
        assertThat(step(10, 50, 300, 1).breaks()).containsExactly("1 errors");
    }

    @Test
    void theKneeIsTheLastStepThatHeldAndTheBusiestProcessNamesTheBottleneck() {
        var steps = List.of(step(10, 20, 100, 0), step(50, 40, 200, 0), step(100, 400, 900, 0));

        assertThat(Ramp.knee(steps).orElseThrow().rate()).isEqualTo(50);
        assertThat(steps.getLast().busiest()).contains("gateway");
        assertThat(Ramp.knee(List.of(step(10, 400, 100, 0)))).isEmpty();
        assertThat(Ramp.table(steps)).contains("| 100 |").contains("gateway 1.50");
    }
}
