package org.emporium.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import org.emporium.infra.embedded.FreePorts;

/**
 * The ports of one platform, remembered in the data folder: a remembered port is reused while it is free (or
 * still held by our own running process), else the preferred one if free, else any free one. No two entries
 * share a port.
 */
final class PortBook {
    private final Path file;
    private final Map<String, Integer> remembered = new LinkedHashMap<>();
    private final Map<String, Integer> chosen = new LinkedHashMap<>();
    private final IntPredicate isFree;
    private final IntSupplier anyFree;

    PortBook(Path file, IntPredicate isFree, IntSupplier anyFree) {
        this.file = file;
        this.isFree = isFree;
        this.anyFree = anyFree;
        PropertiesFile.read(file).forEach((k, v) -> {
            try {
                remembered.put(k, Integer.parseInt(v.trim()));
            } catch (NumberFormatException ignored) {
                // a hand-edited file: forget the entry
            }
        });
    }

    static PortBook load(Path file) {
        return new PortBook(file, PortBook::isFree, FreePorts::find);
    }

    /**
     * Nothing listens on the port and a server could bind it on loopback. (Checked in this order: a probe that
     * listens itself while it connects would always find the port taken.)
     */
    static boolean isFree(int port) {
        if (FreePorts.isListening(port)) {
            return false;
        }
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    OptionalInt remembered(String key) {
        var port = remembered.get(key);
        return port == null ? OptionalInt.empty() : OptionalInt.of(port);
    }

    /**
     * Chooses the port for {@code key}.
     *
     * @param heldByUs the remembered port is in use by our own live process for this key, so it stays
     */
    int choose(String key, int preferred, boolean heldByUs) {
        var taken = new HashSet<>(chosen.values());
        var port = choose(remembered(key), preferred, heldByUs, isFree, anyFree, taken);
        chosen.put(key, port);
        return port;
    }

    static int choose(
            OptionalInt remembered,
            int preferred,
            boolean heldByUs,
            IntPredicate isFree,
            IntSupplier anyFree,
            Set<Integer> taken) {
        if (remembered.isPresent()) {
            int port = remembered.getAsInt();
            if (!taken.contains(port) && (heldByUs || isFree.test(port))) {
                return port;
            }
        }
        if (preferred > 0 && !taken.contains(preferred) && isFree.test(preferred)) {
            return preferred;
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = anyFree.getAsInt();
            if (!taken.contains(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port found");
    }

    Map<String, Integer> chosen() {
        return Map.copyOf(chosen);
    }

    /** Remembers every port chosen (and keeps the others remembered). */
    void save() {
        var all = new LinkedHashMap<String, String>();
        remembered.forEach((k, v) -> all.put(k, Integer.toString(v)));
        chosen.forEach((k, v) -> all.put(k, Integer.toString(v)));
        PropertiesFile.write(file, all, false);
    }
}
