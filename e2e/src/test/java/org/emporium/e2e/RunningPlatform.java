package org.emporium.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.emporium.launcher.InfraEndpoints;
import org.emporium.launcher.LaunchException;
import org.emporium.launcher.Layout;
import org.emporium.launcher.Platform;

/**
 * The platform the e2e suite runs against, started through the launcher in a data folder of its own
 * ({@code -Demporium.e2e.dataDir}, by default a temporary one), fresh on every run. With
 * {@code EMPORIUM_E2E_EXTERNAL=true} it uses the PostgreSQL, Redis and RabbitMQ named by the {@code EMPORIUM_*}
 * variables instead of embedded servers. Closing it stops everything.
 */
public final class RunningPlatform implements AutoCloseable {
    private final Platform platform;
    private final Platform.Running running;
    private final boolean external;
    private boolean stopped;

    private RunningPlatform(Platform platform, Platform.Running running, boolean external) {
        this.platform = platform;
        this.running = running;
        this.external = external;
    }

    static RunningPlatform start() {
        var home = Path.of(System.getProperty("emporium.home", ".."))
                .toAbsolutePath()
                .normalize();
        var dataDir = Optional.ofNullable(System.getProperty("emporium.e2e.dataDir"))
                .map(Path::of)
                .orElseGet(RunningPlatform::temporaryDirectory);
        var external = "true".equalsIgnoreCase(System.getenv("EMPORIUM_E2E_EXTERNAL"));
        var platform = new Platform(Platform.Options.defaults(new Layout(home, dataDir), external));
        platform.down(); // whatever an earlier, killed run left in this folder
        deleteRecursively(dataDir);
        try {
            return new RunningPlatform(platform, platform.up(), external);
        } catch (LaunchException e) {
            platform.down();
            throw new IllegalStateException(e.getMessage() + System.lineSeparator() + e.logTail(), e);
        } catch (RuntimeException e) {
            platform.down();
            throw e;
        }
    }

    public Platform.Running running() {
        return running;
    }

    public boolean external() {
        return external;
    }

    public InfraEndpoints infrastructure() {
        return running.infrastructure();
    }

    public List<Platform.StartedService> services() {
        return running.services();
    }

    /** The gateway's public URL, when the gateway is built. */
    public Optional<URI> gateway() {
        return running.gatewayUrl().map(URI::create);
    }

    /** A client of the gateway. */
    public EmporiumClient client() {
        return new EmporiumClient(
                gateway()
                        .orElseThrow(() -> new IllegalStateException(
                                "The gateway is not built: journeys need it (mvn -B install -pl gateway -am)")),
                platform.layout().logs().resolve("gateway.log"));
    }

    public List<Platform.StatusLine> status() {
        return platform.status();
    }

    /** Every live process of the platform, including PostgreSQL's backends. */
    public List<ProcessHandle> processes() {
        return platform.liveProcesses();
    }

    public Layout layout() {
        return platform.layout();
    }

    synchronized boolean stopped() {
        return stopped;
    }

    /** Stops everything now; later calls and {@link #close()} do nothing. */
    public synchronized void stop() {
        if (!stopped) {
            stopped = true;
            platform.down();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("emporium-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + dir, e);
        }
    }
}
