package org.emporium.bench.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OpenLoopTest {
    @Test
    void startsArrivalsOnScheduleWhateverEarlierOnesAreDoing() {
        var dues = new ConcurrentLinkedQueue<Long>();
        var started = System.nanoTime();

        // every arrival blocks for 300 ms: a closed loop of one would manage 2 in the second, the open loop 50
        var run = OpenLoop.run(50, Duration.ofSeconds(1), due -> {
            dues.add(due);
            ShopClient.pause(Duration.ofMillis(300));
        });

        assertThat(run.arrivals()).isEqualTo(50);
        assertThat(dues).hasSize(50);
        var sorted = dues.stream().sorted().mapToLong(Long::longValue).toArray();
        assertThat(sorted[0] - started).isLessThan(Duration.ofMillis(200).toNanos());
        // due times are the schedule (start + n / rate), exactly 20 ms apart, not when a thread got to run
        for (int i = 1; i < sorted.length; i++) {
            assertThat(sorted[i] - sorted[i - 1]).isBetween(19_999_000L, 20_001_000L);
        }
    }

    @Test
    void aStallShowsInEveryRequestDueDuringItNotOnlyInTheFirst() {
        var samples = new Samples();
        // the stall's end is anchored to the schedule (the first arrival's due time), not to when the test began:
        // a loaded machine that starts the loop late must not shorten the stall
        var stalledUntil = new AtomicLong();

        // a server that answers nothing for the first 500 ms of the schedule, then at once
        OpenLoop.run(20, Duration.ofSeconds(1), due -> {
            stalledUntil.compareAndSet(0, due + Duration.ofMillis(500).toNanos());
            while (System.nanoTime() < stalledUntil.get()) {
                ShopClient.pause(Duration.ofMillis(5));
            }
            samples.record("SEARCH", (System.nanoTime() - due) / 1e6, 200, false, false);
        });

        var search = samples.kinds().get("SEARCH");
        assertThat(search.count()).isEqualTo(20);
        // the 10 requests due during the stall (0, 50 … 450 ms) each waited for its end: at least 10 samples of
        // 50 ms or more; a closed loop would have sent one request into the stall and measured only that one
        assertThat(search.percentile(0.55)).isGreaterThan(45);
        assertThat(search.percentile(0.99)).isGreaterThan(400);
    }
}
