package org.emporium.catalog.application.image;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.emporium.catalog.domain.image.ImageSize;
import org.emporium.catalog.domain.image.ProductImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Deletes images' bytes (every size) once the transaction that removed their rows has committed, so a rolled-back
 * delete never leaves rows pointing at missing files. A failed delete leaves an orphan file, never a broken image.
 */
@Component
public class ImageRemoval {
    private static final Logger log = LoggerFactory.getLogger(ImageRemoval.class);
    private final ImageStorage storage;

    public ImageRemoval(ImageStorage storage) {
        this.storage = storage;
    }

    public void afterCommit(Collection<ProductImage> images) {
        if (images.isEmpty()) {
            return;
        }
        var keys = images.stream()
                .flatMap(image -> Arrays.stream(ImageSize.values()).map(image::storageKey))
                .toList();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            deleteQuietly(keys);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                deleteQuietly(keys);
            }
        });
    }

    /** Deletes the bytes just written for {@code image} if its transaction rolls back. */
    public void onRollback(ProductImage image) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        var keys = Arrays.stream(ImageSize.values()).map(image::storageKey).toList();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    deleteQuietly(keys);
                }
            }
        });
    }

    private void deleteQuietly(List<String> keys) {
        try {
            storage.delete(keys);
        } catch (RuntimeException e) {
            log.warn("Could not delete {} image objects; they are orphans now: {}", keys.size(), e.toString());
        }
    }
}
