package org.emporium.catalog.infrastructure.images;

import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageException;
import java.util.Collection;
import java.util.Optional;
import org.emporium.catalog.application.image.ImageStorage;

/**
 * Images as objects in a Google Cloud Storage bucket, through the official client. Objects carry their content type
 * and an immutable cache header, so the bucket can also sit behind a CDN.
 */
public class GcsImageStorage implements ImageStorage {
    private static final String CACHE_CONTROL = "public, max-age=31536000, immutable";
    private final Storage storage;
    private final String bucket;
    private final String prefix;

    public GcsImageStorage(Storage storage, String bucket, String prefix) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("emporium.catalog.images.gcs.bucket is required with storage=gcs");
        }
        this.storage = storage;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        var info = BlobInfo.newBuilder(blob(key))
                .setContentType(contentType)
                .setCacheControl(CACHE_CONTROL)
                .build();
        storage.create(info, content);
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            var blob = storage.get(blob(key));
            return blob == null || !blob.exists() ? Optional.empty() : Optional.of(blob.getContent());
        } catch (StorageException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void delete(Collection<String> keys) {
        // One call per object: batch deletes are not supported by every Storage implementation (e.g. the test one).
        keys.forEach(key -> storage.delete(blob(key)));
    }

    private BlobId blob(String key) {
        return BlobId.of(bucket, prefix + key);
    }
}
