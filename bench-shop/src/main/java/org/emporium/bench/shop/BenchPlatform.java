package org.emporium.bench.shop;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import org.emporium.launcher.InfraEndpoints;
import org.emporium.launcher.LaunchException;
import org.emporium.launcher.Layout;
import org.emporium.launcher.Platform;

/**
 * The platform a benchmark drives: started through the launcher (embedded infrastructure, free ports only, its own
 * data folder) or, when one already runs in that folder, reused as it is. With {@code raiseBudgets} the gateway's
 * rate-limit budgets are raised far above what the bench sends ({@code SPRING_APPLICATION_JSON}, for this
 * platform only), so the numbers are the shop's, not the limiter's refusals; the fault suite keeps the dev budgets.
 */
public final class BenchPlatform implements AutoCloseable {
    /** Budgets no bench rate reaches: every request is let through (and still counted in Redis). */
    static final String RAISED_BUDGETS = """
            {"emporium":{"gateway":{"rate-limits":{
              "default":{"requests":100000,"period":"1s","burst":100000},
              "token":{"requests":100000,"period":"1s","burst":100000},
              "registration":{"requests":100000,"period":"1s","burst":100000},
              "checkout":{"requests":100000,"period":"1s","burst":100000}}}}}""";

    private final Platform platform;
    private final Platform.Running running;
    private final boolean keep;

    static final List<String> FULL_TIERS = Platform.Options.DEFAULT_SERVICE_JVM_OPTIONS.stream()
            .filter(option -> !option.startsWith("-XX:TieredStopAtLevel"))
            .toList();

    private BenchPlatform(Platform platform, Platform.Running running, boolean keep) {
        this.platform = platform;
        this.running = running;
        this.keep = keep;
    }

    /**
     * @param keep leave it running when closed (for a second run, or to look at it)
     */
    public static BenchPlatform start(Path repository, Path dataDir, boolean raiseBudgets, boolean keep) {
        var layout = new Layout(
                repository.toAbsolutePath().normalize(),
                dataDir.toAbsolutePath().normalize());
        var env = new HashMap<>(System.getenv());
        env.put("EMPORIUM_PORTS", "any");
        // No AOT training in the background while the bench measures (caches trained before are still used).
        env.putIfAbsent("EMPORIUM_AOT_TRAINING", "off");
        if (raiseBudgets) {
            env.put("SPRING_APPLICATION_JSON", RAISED_BUDGETS.replaceAll("\\s+", ""));
        }
        var options = Platform.Options.defaults(layout, false).withEnvironment(env);
        if (options.serviceJvmOptions().equals(Platform.Options.DEFAULT_SERVICE_JVM_OPTIONS)) {
            // Unless EMPORIUM_SERVICE_JAVA_OPTS says otherwise, the services' JIT as the container images run them
            // (both tiers, C2 included), not the dev platform's C1 only: the shop's numbers are meant for a
            // deployment. The heap stays the dev platform's.
            options = options.withServiceJvmOptions(FULL_TIERS);
        }
        var platform = new Platform(options);
        try {
            return new BenchPlatform(platform, platform.up(), keep);
        } catch (LaunchException e) {
            throw new IllegalStateException(e.getMessage() + System.lineSeparator() + e.logTail(), e);
        }
    }

    /** {@code BenchPlatform down <data folder>}: stops a platform a run left up with {@code --keep}. */
    public static void main(String[] args) {
        if (args.length != 2 || !args[0].equals("down")) {
            System.err.println("usage: BenchPlatform down <data folder>");
            System.exit(2);
        }
        var layout = new Layout(
                Path.of(".").toAbsolutePath().normalize(), Path.of(args[1]).toAbsolutePath());
        new Platform(Platform.Options.defaults(layout, false)).down();
    }

    public Layout layout() {
        return platform.layout();
    }

    public InfraEndpoints infrastructure() {
        return running.infrastructure();
    }

    public Platform.Running running() {
        return running;
    }

    public URI gateway() {
        return URI.create(
                running.gatewayUrl().orElseThrow(() -> new IllegalStateException("the gateway is not built")));
    }

    @Override
    public void close() {
        if (!keep) {
            platform.down();
        }
    }
}
