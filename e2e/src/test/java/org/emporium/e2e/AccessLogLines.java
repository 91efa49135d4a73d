package org.emporium.e2e;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the gateway's access log ({@code emporium.access}: method, path, status or {@code cancelled}, duration, route)
 * says of a path since a request was sent, for the message of a request that got no response in time: the gateway
 * held it for so long and the client went away ({@code cancelled}), it answered late, or it has no line for it at all
 * (it never finished with the request, or never saw it). Lines written before the request was sent are someone
 * else's.
 */
final class AccessLogLines {
    private static final int TAIL_BYTES = 4 << 20;
    private static final int MAX_LINES = 2;
    private static final String LOGGER = "emporium.access";

    private AccessLogLines() {}

    /** @param path as the access log has it: the path alone, no query */
    static String about(Path gatewayLog, String path, Instant sent) {
        pause(); // the client has just closed its connection: the gateway logs the cancellation a moment later
        try {
            var matches = new ArrayList<String>();
            for (var line : tail(gatewayLog)) {
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
        } catch (IOException e) {
            return "the gateway's log could not be read: " + e;
        }
    }

    private static boolean writtenSince(String stamp, Instant sent) {
        try {
            return !Instant.parse(stamp).isBefore(sent);
        } catch (DateTimeParseException notAStamp) {
            return false;
        }
    }

    private static List<String> tail(Path file) throws IOException {
        try (var in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            long start = Math.max(0, length - TAIL_BYTES);
            var bytes = new byte[(int) (length - start)];
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
