package org.emporium.identity.infrastructure.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The common-passwords list shipped with the service ({@code common-passwords.txt}, one per line, any case). */
@Component
public class CommonPasswords {
    static final String RESOURCE = "/org/emporium/identity/common-passwords.txt";
    private final Set<String> passwords;

    public CommonPasswords() {
        var set = new HashSet<String>();
        try (var in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .forEach(set::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.passwords = Set.copyOf(set);
    }

    /** Whether {@code password} is on the list, ignoring case. */
    public boolean contains(String password) {
        return password != null && passwords.contains(password.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return passwords.size();
    }
}
