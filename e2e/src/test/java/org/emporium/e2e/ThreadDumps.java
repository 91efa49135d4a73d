package org.emporium.e2e;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Thread dumps of every service of the platform when a journey fails, so that a service that stopped answering (CI
 * once saw identity answer nothing for four minutes, with no log line and no dump to say why) leaves its threads
 * behind. Each service gets two files under the platform's {@code logs/thread-dumps/}: {@code jcmd Thread.print} (platform
 * threads with their states, held and awaited locks, and a deadlock report) and {@code Thread.dump_to_file} (every
 * virtual thread's stack as well: the request threads). A short digest goes to standard output, which is what a CI log
 * keeps: per service the count of threads per state, the deadlock report if there is one, and the top frames of
 * blocked threads and of the virtual threads' carriers. At most {@link #MAX_ROUNDS} rounds per test JVM: a frozen
 * service fails many journeys, and the first dumps say it all.
 */
final class ThreadDumps {
    static final int MAX_ROUNDS = 3;
    private static final AtomicInteger ROUNDS = new AtomicInteger();
    private static final Pattern STATE = Pattern.compile("^\\s+java\\.lang\\.Thread\\.State: (\\w+)");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC);

    private ThreadDumps() {}

    /** Dumps every service's threads (a round; none once {@link #MAX_ROUNDS} are taken) and prints the digest. */
    static void afterFailure(RunningPlatform platform, String test, PrintStream out) {
        int round = ROUNDS.incrementAndGet();
        if (round > MAX_ROUNDS) {
            return;
        }
        var dir = platform.layout().logs().resolve("thread-dumps").resolve(round + "-" + STAMP.format(Instant.now()));
        var digest = new StringBuilder();
        digest.append("==> thread dumps after the failure of ")
                .append(test)
                .append(" (round ")
                .append(round)
                .append(" of at most ")
                .append(MAX_ROUNDS)
                .append("): ")
                .append(dir)
                .append(System.lineSeparator());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            out.println(digest + "    cannot create the folder: " + e);
            return;
        }
        for (var service : platform.services()) {
            var print = dir.resolve(service.name() + "-threads.txt");
            var all = dir.resolve(service.name() + "-all-threads.txt");
            var printed = jcmd(service.pid(), print, "Thread.print", "-l");
            jcmd(service.pid(), null, "Thread.dump_to_file", "-format=text", all.toString());
            digest.append("  ")
                    .append(service.name())
                    .append(" (pid ")
                    .append(service.pid())
                    .append("): ");
            if (!printed) {
                digest.append("no dump (the process is gone or did not answer jcmd within 20 s)")
                        .append(System.lineSeparator());
                continue;
            }
            try {
                digest.append(summary(Files.readAllLines(print)));
            } catch (IOException e) {
                digest.append("dump unreadable: ").append(e).append(System.lineSeparator());
            }
        }
        out.print(digest);
        out.flush();
    }

    /** Thread states, a deadlock report, and the top frames of blocked threads and of carriers, from Thread.print. */
    static String summary(List<String> lines) {
        var states = new TreeMap<String, Integer>();
        var threads = threads(lines);
        for (var thread : threads) {
            for (var line : thread) {
                var m = STATE.matcher(line);
                if (m.find()) {
                    states.merge(m.group(1), 1, Integer::sum);
                    break;
                }
            }
        }
        var out = new StringBuilder();
        out.append(threads.size()).append(" threads ").append(states).append(System.lineSeparator());
        int deadlock = deadlockReport(lines);
        if (deadlock >= 0) {
            lines.subList(deadlock, Math.min(lines.size(), deadlock + 40))
                    .forEach(l -> out.append("      ").append(l).append(System.lineSeparator()));
        }
        int shown = 0;
        for (var thread : threads) {
            var head = thread.getFirst();
            boolean blocked = thread.stream().anyMatch(l -> l.contains("Thread.State: BLOCKED"));
            boolean carrier = head.startsWith("\"ForkJoinPool-") && head.contains("worker");
            if ((blocked || carrier) && shown < 8) {
                shown++;
                thread.subList(0, Math.min(thread.size(), 9))
                        .forEach(l -> out.append("      ").append(l).append(System.lineSeparator()));
            }
        }
        return out.toString();
    }

    /** The thread sections of a Thread.print dump: each starts with a quoted name and ends before the next. */
    private static List<List<String>> threads(List<String> lines) {
        var threads = new ArrayList<List<String>>();
        List<String> current = null;
        for (var line : lines) {
            if (line.startsWith("\"")) {
                current = new ArrayList<>();
                threads.add(current);
            } else if (line.isBlank() || line.startsWith("JNI global") || line.startsWith("Found ")) {
                current = null;
                continue;
            }
            if (current != null) {
                current.add(line);
            }
        }
        return threads;
    }

    /** Where Thread.print's "Found one Java-level deadlock" (or "Found N deadlocks") report starts, or -1. */
    private static int deadlockReport(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Found ") && lines.get(i).contains("deadlock")) {
                return i;
            }
        }
        return -1;
    }

    /** Runs this JDK's jcmd against {@code pid}; its output goes to {@code output} (discarded when null). */
    static boolean jcmd(long pid, Path output, String... command) {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        var args = new ArrayList<String>(List.of(jcmd.toString(), Long.toString(pid)));
        args.addAll(List.of(command));
        var builder = new ProcessBuilder(args).redirectErrorStream(true);
        builder.redirectOutput(
                output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output.toFile()));
        try {
            var process = builder.start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
