package org.emporium.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One command at a time changes a data folder: {@code up} and {@code down} hold an exclusive lock on
 * {@code run/platform.lock} while they run, so a second one waits (and says so) instead of starting processes or
 * copying jars the first is working on. The OS drops the lock when its holder exits, however it exits. The lock
 * file holds the holder's pid, for the message.
 */
final class PlatformLock implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(200);

    private final FileChannel channel;
    private final FileLock lock;

    private PlatformLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path file(Layout layout) {
        return layout.run().resolve("platform.lock");
    }

    /** Waits until the lock is free, printing once to {@code out} who holds it, then takes it. */
    static PlatformLock acquire(Layout layout, PrintStream out) {
        var file = file(layout);
        try {
            Files.createDirectories(file.getParent());
            var channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            boolean told = false;
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // another thread of this JVM holds it
                }
                if (lock != null) {
                    channel.truncate(0);
                    channel.write(
                            ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
                            0);
                    return new PlatformLock(channel, lock);
                }
                if (!told) {
                    told = true;
                    out.println("Another emporium command (pid " + holder(file) + ") is changing " + layout.root()
                            + "; waiting for it to finish ...");
                }
                Elapsed.pause(POLL);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + file, e);
        }
    }

    private static String holder(Path file) {
        try {
            var text = Files.readString(file).trim();
            return text.isEmpty() ? "?" : text;
        } catch (IOException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
