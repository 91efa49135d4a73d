package org.emporium.catalog.infrastructure.images;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.emporium.catalog.application.image.ImageStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFileImageStorageTest extends ImageStorageContract {
    @TempDir
    Path root;

    private LocalFileImageStorage storage;

    @BeforeEach
    void setUp() {
        storage = new LocalFileImageStorage(root);
    }

    @Override
    ImageStorage storage() {
        return storage;
    }

    @Test
    void keysCannotEscapeTheRoot() {
        assertThatThrownBy(() -> storage.put("../outside", new byte[] {1}, "image/png"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
