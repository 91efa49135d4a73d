package org.emporium.bench.shop;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one measured period saw, per request kind: latencies from the intended send time, the answers by status
 * ({@link #TRANSPORT} for no answer at all, {@link #TIMEOUT} for none within the client's timeout), which of them
 * were errors by the mix's rules, and error answers that were not {@code application/problem+json}.
 */
public final class Samples {
    /** Pseudo status: the connection failed. */
    public static final int TRANSPORT = -1;
    /** Pseudo status: no answer within the client's timeout (a hang). */
    public static final int TIMEOUT = -2;

    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

    /** One kind's figures. */
    public static final class Kind {
        private final ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        private final AtomicLong errors = new AtomicLong();
        private final AtomicLong notProblem = new AtomicLong();

        public long count() {
            return millis.size();
        }

        public long errors() {
            return errors.get();
        }

        /** Error answers (4xx/5xx) whose body was not problem+json. */
        public long notProblemJson() {
            return notProblem.get();
        }

        public Map<Integer, Long> statuses() {
            var result = new TreeMap<Integer, Long>();
            statuses.forEach((k, v) -> result.put(k, v.get()));
            return result;
        }

        /** The {@code q}-quantile (0..1) of the latencies in ms; 0 without samples. */
        public double percentile(double q) {
            return percentile(latencies().toArray(), q);
        }

        java.util.stream.DoubleStream latencies() {
            return millis.stream().mapToDouble(Double::doubleValue);
        }

        static double percentile(double[] values, double q) {
            if (values.length == 0) {
                return 0;
            }
            var sorted = values.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.clamp(index, 0, sorted.length - 1)];
        }
    }

    /**
     * Records one request.
     *
     * @param error whether the mix counts this answer as an error (not an intended 4xx)
     * @param problemJson whether the answer's content type was {@code application/problem+json}
     */
    public void record(String kind, double millis, int status, boolean error, boolean problemJson) {
        var k = kinds.computeIfAbsent(kind, key -> new Kind());
        k.millis.add(millis);
        k.statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        if (error) {
            k.errors.incrementAndGet();
        }
        if (status >= 400 && !problemJson) {
            k.notProblem.incrementAndGet();
        }
    }

    public Map<String, Kind> kinds() {
        return new TreeMap<>(kinds);
    }

    public long count() {
        return kinds.values().stream().mapToLong(Kind::count).sum();
    }

    public long errors() {
        return kinds.values().stream().mapToLong(Kind::errors).sum();
    }

    public long notProblemJson() {
        return kinds.values().stream().mapToLong(Kind::notProblemJson).sum();
    }

    /** Answers of every kind by status. */
    public Map<Integer, Long> statuses() {
        var result = new TreeMap<Integer, Long>();
        kinds.values().forEach(k -> k.statuses().forEach((s, n) -> result.merge(s, n, Long::sum)));
        return result;
    }
}
