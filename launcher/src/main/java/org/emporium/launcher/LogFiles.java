package org.emporium.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;

/** Reading the tail of a process log, following it, and keeping one previous log per process. */
public final class LogFiles {
    private static final int MAX_TAIL_BYTES = 1 << 20;

    private LogFiles() {}

    /** The last {@code lines} lines of {@code file} (at most the last MiB of it); empty if there is no file. */
    public static List<String> tail(Path file, int lines) {
        if (lines <= 0 || !Files.isRegularFile(file)) {
            return List.of();
        }
        try (var raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long start = Math.max(0, length - MAX_TAIL_BYTES);
            var bytes = new byte[(int) (length - start)];
            raf.seek(start);
            raf.readFully(bytes);
            var all = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
            var kept = new ArrayDeque<String>();
            int end = all.length > 0 && all[all.length - 1].isEmpty() ? all.length - 1 : all.length;
            for (int i = end - 1; i >= 0 && kept.size() < lines; i--) {
                kept.addFirst(all[i]);
            }
            return List.copyOf(kept);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static String tailText(Path file, int lines) {
        return String.join(System.lineSeparator(), tail(file, lines));
    }

    /** Prints the last {@code lines} lines, then everything appended, until interrupted (tail -f). */
    static void follow(Path file, int lines, PrintStream out, Duration poll) throws InterruptedException {
        tail(file, lines).forEach(out::println);
        out.flush();
        long position = size(file);
        var buffer = new byte[64 * 1024];
        while (!Thread.currentThread().isInterrupted()) {
            long size = size(file);
            if (size < position) {
                position = 0; // the process was restarted and its log rotated
            }
            if (size > position) {
                try (var raf = new RandomAccessFile(file.toFile(), "r")) {
                    raf.seek(position);
                    int read;
                    while ((read = raf.read(buffer)) > 0) {
                        out.write(buffer, 0, read);
                        position += read;
                    }
                    out.flush();
                } catch (IOException e) {
                    // the file may be rotated under us; try again on the next poll
                }
            }
            Thread.sleep(poll.toMillis());
        }
    }

    /** Keeps the previous log as {@code <name>.log.1} and writes a header into a fresh one. */
    static void rotate(Path file, String header) {
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(
                    file, header + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare log " + file, e);
        }
    }

    /** The first line of a fresh log. */
    static String header(String name) {
        return "==== emporium: starting " + name + " at "
                + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                + " ====";
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
