package org.emporium.catalog.infrastructure.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import org.emporium.catalog.application.image.ImageStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Google Cloud Storage adapter against the client library's own in-memory storage. */
class GcsImageStorageTest extends ImageStorageContract {
    private Storage gcs;
    private GcsImageStorage storage;

    @BeforeEach
    void setUp() {
        gcs = LocalStorageHelper.getOptions().getService();
        storage = new GcsImageStorage(gcs, "emporium-images", "catalog/");
    }

    @Override
    ImageStorage storage() {
        return storage;
    }

    @Test
    void storesObjectsUnderThePrefixWithTypeAndImmutableCaching() {
        storage.put("products/p/i/200", new byte[] {9}, "image/jpeg");

        var blob = gcs.get(BlobId.of("emporium-images", "catalog/products/p/i/200"));
        assertThat(blob.getContentType()).isEqualTo("image/jpeg");
        assertThat(blob.getCacheControl()).contains("immutable");
    }
}
