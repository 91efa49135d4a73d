package org.emporium.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;

/**
 * Running processes read classes from their jars, and every build rewrites the jars in the repository: processes
 * run copies kept in the data folder ({@code jars/}), so a rebuild cannot pull a jar from under them.
 */
final class JarCopies {
    private JarCopies() {}

    /** What writes a file's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path file) throws IOException;
    }

    /**
     * Copies {@code source} to {@code target} atomically: a process starting from {@code target} sees the old
     * jar or the new one, never a half-written one, and a copy that fails leaves the old one.
     */
    static void copy(Path source, Path target) throws IOException {
        replace(
                target,
                temporary -> Files.copy(
                        source, temporary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES));
    }

    /** Writes {@code content} into a temporary file next to {@code target}, then renames it over {@code target}. */
    static void replace(Path target, Content content) throws IOException {
        Files.createDirectories(target.getParent());
        var temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            content.writeTo(temporary);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * {@code classpath} with every jar that lives in the repository replaced by a copy in {@code copies}, for a
     * long-lived launcher process (the infrastructure host, the supervisor).
     */
    static String stableClasspath(String classpath, Layout layout, Path copies) {
        var entries = new ArrayList<String>();
        try {
            Files.createDirectories(copies);
            for (var entry : classpath.split(File.pathSeparator)) {
                var path = Path.of(entry);
                if (entry.endsWith(".jar") && Files.isRegularFile(path) && path.startsWith(layout.repository())) {
                    var copy = copies.resolve(path.getFileName());
                    if (!sameContent(path, copy)) {
                        copy(path, copy);
                    }
                    entries.add(copy.toString());
                } else {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new LaunchException("Cannot prepare a stable classpath in " + copies, e);
        }
        return String.join(File.pathSeparator, entries);
    }

    /**
     * Reproducible builds give jars fixed timestamps, so small jars (ours) are compared byte by byte; large
     * third-party jars never change under the same name, size and time.
     */
    private static boolean sameContent(Path original, Path copy) throws IOException {
        if (!Files.exists(copy) || Files.size(copy) != Files.size(original)) {
            return false;
        }
        if (Files.size(original) < 4 * 1024 * 1024) {
            return Files.mismatch(original, copy) == -1;
        }
        return Files.getLastModifiedTime(copy).equals(Files.getLastModifiedTime(original));
    }
}
