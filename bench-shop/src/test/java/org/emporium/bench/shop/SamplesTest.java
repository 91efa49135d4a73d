package org.emporium.bench.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SamplesTest {
    @Test
    void percentilesAreNearestRankOverTheRecordedLatencies() {
        var samples = new Samples();
        for (int i = 1; i <= 100; i++) {
            samples.record("PRODUCT", i, 200, false, false);
        }

        var product = samples.kinds().get("PRODUCT");
        assertThat(product.percentile(0.50)).isEqualTo(50);
        assertThat(product.percentile(0.99)).isEqualTo(99);
        assertThat(product.percentile(1.0)).isEqualTo(100);
        assertThat(Samples.Kind.percentile(new double[0], 0.99)).isZero();
    }

    @Test
    void countsStatusesErrorsAndErrorAnswersThatAreNotProblemJson() {
        var samples = new Samples();
        samples.record("CHECKOUT", 10, 201, false, false);
        samples.record("CHECKOUT", 10, 422, false, true);
        samples.record("CHECKOUT", 10, 500, true, false);
        samples.record("SEARCH", 10, Samples.TIMEOUT, true, false);

        assertThat(samples.statuses()).isEqualTo(Map.of(Samples.TIMEOUT, 1L, 201, 1L, 422, 1L, 500, 1L));
        assertThat(samples.errors()).isEqualTo(2);
        assertThat(samples.notProblemJson()).isEqualTo(1); // the 500; a timeout has no body at all
        assertThat(samples.count()).isEqualTo(4);
    }
}
