package org.emporium.bench.shop.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.emporium.bench.shop.Samples;
import org.junit.jupiter.api.Test;

class FaultSuiteTest {
    @Test
    void cleanRefusalsUnderAFaultAreNoProblem() {
        var samples = new Samples();
        samples.record("CHECKOUT", 10, 201, false, false);
        samples.record("CHECKOUT", 10, 503, false, true);
        samples.record("BASKET", 10, 429, false, true);
        samples.record("PRODUCT", 10, 504, false, true);

        assertThat(FaultSuite.problems(samples)).isEmpty();
    }

    @Test
    void a500AHangAnUnexpected4xxAndAnErrorThatIsNotProblemJsonAreEachAProblem() {
        var samples = new Samples();
        samples.record("CHECKOUT", 10, 500, true, true);
        samples.record("SEARCH", 20_000, Samples.TIMEOUT, true, false);
        samples.record("BASKET", 10, 400, true, true);
        samples.record("PRODUCT", 10, 503, false, false);

        assertThat(FaultSuite.problems(samples))
                .containsExactlyInAnyOrder(
                        "1 × 500",
                        "1 requests without an answer within the timeout",
                        "1 unexpected 4xx",
                        "1 error answers not problem+json");
    }
}
