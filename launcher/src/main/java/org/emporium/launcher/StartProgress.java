package org.emporium.launcher;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress of {@code up}, one line per service and step: starting, ready in N s,
 * failed, not started. Services start side by side, so their lines interleave; each names its service and port.
 */
final class StartProgress {
    private final PrintStream out;

    StartProgress(PrintStream out) {
        this.out = out;
    }

    void starting(String service, int port, long pid, String withoutCache) {
        line(
                service,
                port,
                "starting (pid " + pid + (withoutCache.isEmpty() ? ", AOT cache" : "; " + withoutCache) + ")");
    }

    void ready(String service, int port, long pid, double seconds) {
        line(service, port, String.format(Locale.ROOT, "ready in %.1f s (pid %d)", seconds, pid));
    }

    void alreadyRunning(String service, int port, long pid) {
        line(service, port, "already running and ready (pid " + pid + ")");
    }

    void failed(String service, int port, double seconds, String reason) {
        line(service, port, String.format(Locale.ROOT, "FAILED after %.1f s: %s", seconds, reason));
    }

    void notStarted(String service, Integer port, ServiceStarter.Result blocker) {
        var why = blocker instanceof ServiceStarter.NotStarted ? "was not started" : "failed";
        line(service, port == null ? 0 : port, "not started: it needs " + blocker.service() + ", which " + why);
    }

    private synchronized void line(String service, int port, String text) {
        out.printf("  %-10s :%-5d %s%n", service, port, text);
        out.flush();
    }
}
