package org.emporium.bench.shop.faults;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.emporium.bench.shop.ConsistencyChecks;
import org.emporium.bench.shop.OpenLoop;
import org.emporium.bench.shop.Samples;
import org.emporium.bench.shop.ShopClient;
import org.emporium.bench.shop.ShopData;
import org.emporium.bench.shop.ShopMix;
import org.emporium.launcher.InfraControl;
import org.emporium.launcher.InfraEndpoints;
import org.emporium.launcher.InfraOverrides;
import org.emporium.launcher.Layout;
import org.emporium.launcher.PlatformProcesses;

/**
 * Faults while the shop mix runs at a moderate rate, one after the other, each followed by its recovery: the broker
 * restarted, a service killed with SIGKILL right after a checkout committed (and restarted by the supervisor), Redis
 * stopped and started, one service's database reached through a proxy that adds latency, one service frozen
 * (SIGSTOP: it accepts connections and answers nothing, harsher than a stopped one, which refuses them). Each fault
 * reports what the clients saw and how long until a checkout succeeded again; afterwards the consistency checks run
 * on every database.
 *
 * <p>What must hold: every error answer is problem+json and one the platform means under a fault (503, 504, 429),
 * never a 500, never a hang past the client's timeout; and the consistency checks hold (no order lost or stuck, no
 * event lost, no effect twice).
 */
public final class FaultSuite {
    /** Statuses a client may see under a fault, as problem+json. */
    public static final Set<Integer> TOLERATED = Set.of(429, 503, 504);

    /** Where the platform is: its folder (pid files, infra control), endpoints, service ports, the gateway. */
    public record Target(Layout layout, InfraEndpoints infrastructure, Map<String, Integer> ports, URI gateway) {}

    /** How much: {@code ci} one short fault of each kind, {@code full} the list at full length. */
    public enum Mode {
        CI,
        FULL
    }

    /** One fault: what was done, what the clients saw meanwhile and until it recovered. */
    public record Outcome(String fault, Samples samples, Duration recovery, List<String> problems) {
        public String describe() {
            return String.format(
                    Locale.ROOT,
                    "%-44s requests %5d, statuses %s, errors %d, not problem+json %d, recovered %.1f s%s",
                    fault,
                    samples.count(),
                    samples.statuses(),
                    samples.errors(),
                    samples.notProblemJson(),
                    recovery.toMillis() / 1000.0,
                    problems.isEmpty() ? "" : " — PROBLEMS: " + problems);
        }
    }

    /** Every fault's outcome and the consistency checks afterwards. */
    public record Result(List<Outcome> outcomes, ConsistencyChecks.Report consistency) {
        public boolean held() {
            return consistency.holds()
                    && outcomes.stream().allMatch(o -> o.problems().isEmpty());
        }
    }

    /**
     * How long a restart or a recovery may take before the suite gives up: 10 minutes by default (a JVM service
     * needed up to 4 on a 2-core machine shared by seven builds), {@code EMPORIUM_FAULT_RECOVERY_LIMIT} seconds.
     */
    private static final Duration RECOVERY_LIMIT =
            Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("EMPORIUM_FAULT_RECOVERY_LIMIT", "600")));

    private final Target target;
    private final Mode mode;
    private final PrintStream out;
    private final ShopClient client;
    private final HttpClient probe =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Services reaching their database through a proxy of this JVM, which must not outlive it. */
    private final Map<String, FaultProxy> proxied = new java.util.LinkedHashMap<>();

    public FaultSuite(Target target, Mode mode, PrintStream out) {
        this.target = target;
        this.mode = mode;
        this.out = out;
        this.client = new ShopClient(target.gateway(), Duration.ofSeconds(20));
    }

    /** Sets up its own products, coupons and customers, runs the faults under load, then the checks. */
    public Result run(double rate) {
        boolean full = mode == Mode.FULL;
        var data = ShopData.create(client, 8, 100_000, 3, 15, full ? 60 : 16);
        var mix = new ShopMix(client, data, TOLERATED);
        var stop = new AtomicBoolean();
        var load = Thread.ofPlatform().name("fault-load").start(() -> OpenLoop.runUntil(rate, stop::get, mix::arrival));
        var outcomes = new ArrayList<Outcome>();
        try {
            pause(Duration.ofSeconds(full ? 20 : 5));
            outcomes.add(baseline("baseline (no fault)", mix));
            outcomes.add(brokerRestart(mix, Duration.ofSeconds(full ? 20 : 5)));
            if (full) {
                for (var service : List.of("ordering", "catalog", "message")) {
                    outcomes.add(kill(mix, service, null));
                }
            }
            outcomes.add(redisOutage(mix, Duration.ofSeconds(full ? 20 : 5)));
            // the database delay needs the service restarted onto the proxy: in ci that restart is the kill fault
            outcomes.add(kill(mix, full ? "catalog" : "ordering", Duration.ofSeconds(full ? 30 : 15)));
            outcomes.add(freeze(mix, full ? "discount" : "catalog", Duration.ofSeconds(full ? 30 : 10)));
        } finally {
            stop.set(true);
            try {
                load.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reconnectDirectly();
        }
        var after = mix.swap();
        outcomes.add(new Outcome("after the last fault", after, Duration.ZERO, problems(after)));
        out.println("consistency checks (waiting up to 4 min for events to settle):");
        var report = new ConsistencyChecks(target.infrastructure())
                .await(data.initialStock, mix.placedOrders(), Duration.ofMinutes(2), Duration.ofMinutes(4));
        out.print(report);
        return new Result(outcomes, report);
    }

    // ---------------------------------------------------------------- the faults

    private Outcome baseline(String name, ShopMix mix) {
        mix.swap();
        pause(Duration.ofSeconds(mode == Mode.FULL ? 20 : 5));
        return finish(name, mix, Duration.ZERO);
    }

    private Outcome brokerRestart(ShopMix mix, Duration down) {
        var name = "broker stopped " + down.toSeconds() + " s, started";
        start(name, mix);
        InfraControl.stop(target.layout(), InfraControl.Server.AMQP, Duration.ofMinutes(1));
        pause(down);
        InfraControl.start(target.layout(), InfraControl.Server.AMQP, Duration.ofMinutes(2));
        return finish(name, mix, recover());
    }

    private Outcome redisOutage(ShopMix mix, Duration down) {
        var name = "Redis stopped " + down.toSeconds() + " s, started";
        start(name, mix);
        InfraControl.stop(target.layout(), InfraControl.Server.REDIS, Duration.ofMinutes(1));
        pause(down);
        InfraControl.start(target.layout(), InfraControl.Server.REDIS, Duration.ofMinutes(1));
        return finish(name, mix, recover());
    }

    /**
     * SIGKILL to {@code service} just after a checkout was answered 201 (its outbox relay may not have published
     * yet), then waits for the supervisor's restart. With {@code dbDelay}, the restarted process reaches PostgreSQL
     * through a proxy that then adds 500 ms towards the database for that long (the proxy stays, without delay,
     * until the platform stops).
     */
    private Outcome kill(ShopMix mix, String service, Duration dbDelay) {
        var name = "kill -9 " + service
                + (dbDelay == null ? "" : ", then its database +500 ms for " + dbDelay.toSeconds() + " s");
        start(name, mix);
        FaultProxy proxy = null;
        if (dbDelay != null) {
            proxy = FaultProxy.start(
                    target.infrastructure().postgres().host(),
                    target.infrastructure().postgres().port());
            proxied.put(service, proxy);
            InfraOverrides.routePostgres(target.layout(), service, proxy.port());
        }
        var old = process(service);
        awaitCheckout(mix);
        long killed = System.nanoTime();
        old.destroyForcibly();
        awaitRestart(service, old);
        name += String.format(Locale.ROOT, " (ready again %.0f s after the kill)", (System.nanoTime() - killed) / 1e9);
        if (proxy != null) {
            InfraOverrides.clear(target.layout(), service); // a later restart connects directly again
            proxy.delay(Duration.ofMillis(500));
            pause(dbDelay);
            proxy.delay(Duration.ZERO);
        }
        return finish(name, mix, recover());
    }

    private Outcome freeze(ShopMix mix, String service, Duration length) {
        var name = "freeze " + service + " (SIGSTOP) " + length.toSeconds() + " s";
        start(name, mix);
        var process = process(service);
        signal(process, "STOP");
        try {
            pause(length);
        } finally {
            signal(process, "CONT");
        }
        return finish(name, mix, recover());
    }

    /**
     * A service restarted onto a proxy still uses it: restarts it once more (its override is gone, so it connects
     * directly), then closes the proxy, so the platform outlives this JVM intact.
     */
    private void reconnectDirectly() {
        proxied.forEach((service, proxy) -> {
            out.println("restoring: kill -9 " + service + " so that it reconnects to PostgreSQL directly");
            var old = process(service);
            old.destroyForcibly();
            awaitRestart(service, old);
            proxy.close();
        });
        proxied.clear();
    }

    // ---------------------------------------------------------------- helpers

    private void start(String name, ShopMix mix) {
        out.println("fault: " + name);
        mix.swap(); // what came before is the previous fault's
    }

    private Outcome finish(String name, ShopMix mix, Duration recovery) {
        pause(Duration.ofSeconds(3)); // answers to requests sent during the fault are still arriving
        var samples = mix.swap();
        var outcome = new Outcome(name, samples, recovery, problems(samples));
        out.println("  " + outcome.describe());
        return outcome;
    }

    /** What must not happen under a fault: a 500, an error that is not problem+json, a hang, a lost connection. */
    static List<String> problems(Samples samples) {
        var problems = new ArrayList<String>();
        samples.statuses().forEach((status, count) -> {
            if (status == Samples.TIMEOUT) {
                problems.add(count + " requests without an answer within the timeout");
            } else if (status == Samples.TRANSPORT) {
                problems.add(count + " requests failed to connect or lost the connection");
            } else if (status >= 500 && !TOLERATED.contains(status)) {
                problems.add(count + " × " + status);
            }
        });
        long unexpected4xx = samples.errors()
                - samples.statuses().entrySet().stream()
                        .filter(e -> e.getKey() < 0 || (e.getKey() >= 500 && !TOLERATED.contains(e.getKey())))
                        .mapToLong(Map.Entry::getValue)
                        .sum();
        if (unexpected4xx > 0) {
            problems.add(unexpected4xx + " unexpected 4xx");
        }
        if (samples.notProblemJson() > 0) {
            problems.add(samples.notProblemJson() + " error answers not problem+json");
        }
        return problems;
    }

    /** Time until a read and a whole checkout succeed again through the gateway. */
    private Duration recover() {
        long started = System.nanoTime();
        var email = "probe-" + java.util.UUID.randomUUID() + "@example.com";
        String token = null;
        while (System.nanoTime() - started < RECOVERY_LIMIT.toNanos()) {
            try {
                if (token == null) {
                    token = client.newCustomer(email, "Correct-Horse-42!");
                }
                var product = client.get("/api/catalog/products?size=1", null);
                if (product.ok()) {
                    var id = product.json().path("items").get(0).path("id").asString();
                    var line = client.send("PUT", "/api/basket/lines/" + id, token, Map.of("quantity", 1), null);
                    if (line.ok()) {
                        var order = client.send(
                                "POST",
                                "/api/ordering/orders",
                                token,
                                Map.of(
                                        "shippingAddress",
                                        Map.of(
                                                "name",
                                                "Probe",
                                                "line1",
                                                "Probeweg 1",
                                                "postalCode",
                                                "10115",
                                                "city",
                                                "Berlin",
                                                "country",
                                                "DE")),
                                ShopClient.newKey());
                        if (order.status() == 201) {
                            return Duration.ofNanos(System.nanoTime() - started);
                        }
                    }
                }
            } catch (RuntimeException e) {
                // not yet
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException(
                "no checkout succeeded within " + RECOVERY_LIMIT.toSeconds() + " s after the fault");
    }

    private ProcessHandle process(String service) {
        return PlatformProcesses.service(target.layout(), service)
                .orElseThrow(() -> new IllegalStateException(service + " is not running"));
    }

    /** Waits (at most 20 s) for the next checkout to be answered 201, so a kill lands right after a commit. */
    private static void awaitCheckout(ShopMix mix) {
        int before = mix.placedCount();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (mix.placedCount() == before && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            pause(Duration.ofMillis(1));
        }
    }

    /** Until the supervisor has started a new process of {@code service} and it is ready. */
    private void awaitRestart(String service, ProcessHandle old) {
        long deadline = System.nanoTime() + RECOVERY_LIMIT.toNanos();
        var readiness = URI.create("http://127.0.0.1:" + target.ports().get(service) + "/actuator/health/readiness");
        while (System.nanoTime() < deadline) {
            var now = PlatformProcesses.service(target.layout(), service);
            if (now.isPresent() && now.get().pid() != old.pid() && ready(readiness)) {
                return;
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException(service + " was not restarted and ready within " + RECOVERY_LIMIT.toSeconds()
                + " s (is the supervisor running?)");
    }

    private boolean ready(URI readiness) {
        try {
            var response = probe.send(
                    HttpRequest.newBuilder(readiness)
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            var kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .inheritIO()
                    .start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration); // the length of a fault or a poll interval, not a measurement
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
