package org.emporium.launcher;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code ./emporium} command: {@code up}, {@code down}, {@code status}, {@code logs}. The repository root
 * comes from {@code -Demporium.home} (the script sets it), else the working directory.
 */
public final class Emporium {
    private Emporium() {}

    public static void main(String[] args) {
        var out = System.out;
        var home = Path.of(System.getProperty("emporium.home", "."))
                .toAbsolutePath()
                .normalize();
        var layout = Layout.of(home);
        try {
            var command = CommandLine.parse(List.of(args));
            int code = switch (command) {
                case CommandLine.Help() -> {
                    out.print(CommandLine.USAGE);
                    yield 0;
                }
                case CommandLine.Up(var external) -> up(layout, external, out);
                case CommandLine.Down() -> {
                    new Platform(Platform.Options.defaults(layout, false)).down();
                    yield 0;
                }
                case CommandLine.Status() -> status(layout, out);
                case CommandLine.Logs logs -> logs(layout, logs, out);
            };
            System.exit(code);
        } catch (IllegalArgumentException e) {
            System.err.println("emporium: " + e.getMessage());
            System.err.print(CommandLine.USAGE);
            System.exit(2);
        } catch (LaunchException e) {
            System.err.println();
            System.err.println("emporium: " + e.getMessage());
            if (!e.logTail().isBlank()) {
                System.err.println("---- last lines of the log ----");
                System.err.println(e.logTail());
                System.err.println("-------------------------------");
            }
            System.err.println("What did start is still running: ./emporium status, ./emporium down");
            System.exit(1);
        }
    }

    private static int up(Layout layout, boolean external, PrintStream out) {
        var platform = new Platform(Platform.Options.defaults(layout, external));
        var running = platform.up();
        out.println();
        out.println("Emporium is up.");
        running.gatewayUrl()
                .ifPresentOrElse(
                        url -> {
                            out.println("  Storefront: " + url + "/");
                            out.println("  Gateway:  " + url);
                            out.println("  API docs: " + url + "/swagger-ui.html");
                        },
                        () -> out.println("  The gateway is not built yet; services answer directly:"));
        if (running.gatewayUrl().isEmpty()) {
            running.services().forEach(s -> out.printf("    %-10s %s%n", s.name(), s.url()));
        }
        out.println("  Demo accounts (dev profile):");
        ServiceRegistry.DEMO_ACCOUNTS.forEach(
                a -> out.printf("    %-24s %-18s (%s)%n", a.username(), a.password(), a.role()));
        out.println("  Logs: ./emporium logs <name>   Status: ./emporium status   Stop: ./emporium down");
        return 0;
    }

    private static int status(Layout layout, PrintStream out) {
        var lines = new Platform(Platform.Options.defaults(layout, false)).status();
        var format = "%-11s %-22s %-24s %-9s %-8s %-24s %-8s %s%n";
        out.printf(format, "NAME", "ADDRESS", "STATE", "PID", "UPTIME", "RSS", "RESTARTS", "LAST EXIT");
        lines.forEach(l -> out.printf(
                format,
                l.name(),
                l.address(),
                l.health(),
                l.pid(),
                l.uptime(),
                l.rss(),
                l.restarts(),
                l.lastExit().isEmpty() ? "-" : l.lastExit()));
        return 0;
    }

    private static int logs(Layout layout, CommandLine.Logs logs, PrintStream out) {
        var file = layout.logFile(logs.name());
        if (!Files.isRegularFile(file)) {
            var known = Stream.concat(
                            Stream.of(Platform.INFRA, "build"),
                            ServiceRegistry.SERVICES.stream().map(ServiceDefinition::name))
                    .toList();
            System.err.println("emporium: no log for " + logs.name() + " in " + layout.logs() + " (names: "
                    + String.join(", ", known) + ")");
            return 1;
        }
        if (!logs.follow()) {
            LogFiles.tail(file, logs.lines()).forEach(out::println);
            return 0;
        }
        try {
            LogFiles.follow(file, logs.lines(), out, Duration.ofMillis(300));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
