package org.emporium.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Small key/value files in the data folder, written atomically. */
final class PropertiesFile {
    private PropertiesFile() {}

    static Map<String, String> read(Path file) {
        var result = new TreeMap<String, String>();
        if (!Files.isRegularFile(file)) {
            return result;
        }
        var properties = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        properties.stringPropertyNames().forEach(k -> result.put(k, properties.getProperty(k)));
        return result;
    }

    static void write(Path file, Map<String, String> values, boolean secret) {
        try {
            Files.createDirectories(file.getParent());
            var temporary = file.resolveSibling(file.getFileName() + ".tmp");
            var text = new StringBuilder();
            new TreeMap<>(values)
                    .forEach((k, v) ->
                            text.append(k).append('=').append(escape(v)).append('\n'));
            Files.writeString(temporary, text);
            if (secret
                    && temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace("\n", "\\n")
                .replace(":", "\\:")
                .replace("=", "\\=");
    }
}
