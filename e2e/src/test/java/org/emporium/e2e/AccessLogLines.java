package org.emporium.e2e;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the gateway's access log ({@code emporium.access}: method, path, status or {@code cancelled}, duration, route)
 * says of a path, for the message of a request that got no response in time: the gateway held it for so long and
 * the client went away ({@code cancelled}), it answered late, or it has no line for it at all (it never finished
 * with the request, or never saw it).
 */
final class AccessLogLines {
    private static final int TAIL_BYTES = 4 << 20;
    private static final int MAX_LINES = 2;
    private static final String LOGGER = "emporium.access";

    private AccessLogLines() {}

    static String about(Path gatewayLog, String path) {
        pause(); // the client has just closed its connection: the gateway logs the cancellation a moment later
        try {
            var matches = new ArrayList<String>();
            for (var line : tail(gatewayLog)) {
                int at = line.indexOf(" " + path + " ");
                if (line.contains(LOGGER) && at > 0) {
                    int message = line.lastIndexOf(" : ", at);
                    int stamp = line.indexOf(' ');
                    matches.add(
                            message < 0 || stamp < 0
                                    ? line.strip()
                                    : line.substring(0, stamp) + " "
                                            + line.substring(message + 3).strip());
                }
            }
            if (matches.isEmpty()) {
                return "the gateway's access log has no line for " + path + " (it never finished with it)";
            }
            return "gateway access log, last " + Math.min(MAX_LINES, matches.size()) + " for the path: "
                    + String.join(" | ", matches.subList(Math.max(0, matches.size() - MAX_LINES), matches.size()));
        } catch (IOException e) {
            return "the gateway's log could not be read: " + e;
        }
    }

    private static List<String> tail(Path file) throws IOException {
        try (var in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - TAIL_BYTES);
            var bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
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
