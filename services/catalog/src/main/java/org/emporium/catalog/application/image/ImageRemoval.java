package org.emporium.catalog.application.image;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.emporium.catalog.domain.image.ImageSize;
import org.emporium.catalog.domain.image.ProductImage;
import org.emporium.platform.mediator.AfterTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes images' bytes (every size) once the transaction that removed their rows has committed, so a rolled-back
 * delete never leaves rows pointing at missing files; and deletes freshly written bytes when the transaction that
 * would have recorded them rolls back. A failed delete leaves an orphan file, never a broken image.
 */
@Component
public class ImageRemoval {
    private static final Logger log = LoggerFactory.getLogger(ImageRemoval.class);
    private final ImageStorage storage;

    public ImageRemoval(ImageStorage storage) {
        this.storage = storage;
    }

    /** Deletes the bytes of {@code images} after the current transaction commits (at once without one). */
    public void afterCommit(Collection<ProductImage> images) {
        if (images.isEmpty()) {
            return;
        }
        var keys = images.stream().flatMap(ImageRemoval::keys).toList();
        AfterTransaction.commit(() -> deleteQuietly(keys));
    }

    /** Deletes the bytes just written for {@code image} if the current transaction rolls back. */
    public void onRollback(ProductImage image) {
        var keys = keys(image).toList();
        AfterTransaction.rollback(() -> deleteQuietly(keys));
    }

    private static java.util.stream.Stream<String> keys(ProductImage image) {
        return Arrays.stream(ImageSize.values()).map(image::storageKey);
    }

    private void deleteQuietly(List<String> keys) {
        try {
            storage.delete(keys);
        } catch (RuntimeException e) {
            log.warn("Could not delete {} image objects; they are orphans now: {}", keys.size(), e.toString());
        }
    }
}
