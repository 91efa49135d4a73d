package org.emporium.launcher;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/** Database passwords generated once per service and kept in the data folder (owner-readable only). */
final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Map<String, String> values;

    private Secrets(Path file) {
        this.file = file;
        this.values = new TreeMap<>(PropertiesFile.read(file));
    }

    static Secrets load(Path file) {
        return new Secrets(file);
    }

    synchronized String databasePassword(String service) {
        var key = service + ".db.password";
        var existing = values.get(key);
        if (existing != null && !existing.isBlank()) {
            return existing;
        }
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        var generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        values.put(key, generated);
        PropertiesFile.write(file, values, true);
        return generated;
    }
}
