package org.emporium.e2e;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import org.emporium.launcher.LogFiles;

/**
 * What the gateway's access log ({@code emporium.access}: method, path, status or {@code cancelled}, duration, route)
 * says of a path since a request was sent, for the message of a request that got no response in time: the gateway
 * held it for so long and the client went away ({@code cancelled}), it answered late, or it has no line for it at all
 * (it never finished with the request, or never saw it). Lines written before the request was sent are someone
 * else's.
 */
final class AccessLogLines {
    /** More than the access lines of a request timeout (30 s); LogFiles reads at most the log's last MiB. */
    private static final int TAIL_LINES = 20_000;

    private static final int MAX_LINES = 2;
    private static final String LOGGER = "emporium.access";

    private AccessLogLines() {}

    /** @param path as the access log has it: the path alone, no query */
    static String about(Path gatewayLog, String path, Instant sent) {
        // The client has just closed its connection, and the gateway logs the cancellation a moment later. A fixed
        // grace, not a wait for a line: journeys running beside this one use the same paths, and nothing in a line
        // says it is this request's. Only on the way to a failure.
        pause();
        try {
            var matches = new ArrayList<String>();
            for (var line : LogFiles.tail(gatewayLog, TAIL_LINES)) {
                int at = line.indexOf(" " + path + " ");
                int stamp = line.indexOf(' ');
                if (!line.contains(LOGGER) || at < 0 || stamp < 0 || !writtenSince(line.substring(0, stamp), sent)) {
                    continue;
                }
                int message = line.lastIndexOf(" : ", at);
                matches.add(line.substring(0, stamp) + " "
                        + (message < 0 ? line.substring(stamp) : line.substring(message + 3)).strip());
            }
            if (matches.isEmpty()) {
                return "the gateway's access log has no line for " + path + " since " + sent
                        + " (it never finished with it)";
            }
            return "gateway access log for the path since " + sent + ", last " + Math.min(MAX_LINES, matches.size())
                    + ": "
                    + String.join(" | ", matches.subList(Math.max(0, matches.size() - MAX_LINES), matches.size()));
        } catch (UncheckedIOException e) {
            return "the gateway's log could not be read: " + e.getCause();
        }
    }

    private static boolean writtenSince(String stamp, Instant sent) {
        try {
            return !Instant.parse(stamp).isBefore(sent);
        } catch (DateTimeParseException notAStamp) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000); // not a timing assertion: gives the gateway's log line time to be written
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
