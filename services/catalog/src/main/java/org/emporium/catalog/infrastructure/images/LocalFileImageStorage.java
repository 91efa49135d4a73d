package org.emporium.catalog.infrastructure.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Optional;
import org.emporium.catalog.application.image.ImageStorage;

/**
 * Images as files under a root folder (by default the launcher's data folder). Writes go to a temporary file that
 * is moved into place, so a reader never sees half an image; keys cannot escape the root.
 */
public class LocalFileImageStorage implements ImageStorage {
    private final Path root;

    public LocalFileImageStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        var target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            var temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            try {
                Files.write(temporary, content);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store image " + key, e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read image " + key, e);
        }
    }

    @Override
    public void delete(Collection<String> keys) {
        for (var key : keys) {
            var file = resolve(key);
            try {
                Files.deleteIfExists(file);
                deleteEmptyParents(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not delete image " + key, e);
            }
        }
    }

    private void deleteEmptyParents(Path folder) throws IOException {
        for (var current = folder; current != null && !current.equals(root); current = current.getParent()) {
            try (var entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            } catch (NoSuchFileException e) {
                continue;
            }
            Files.deleteIfExists(current);
        }
    }

    private Path resolve(String key) {
        var path = root.resolve(key).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Image key outside the storage root: " + key);
        }
        return path;
    }
}
