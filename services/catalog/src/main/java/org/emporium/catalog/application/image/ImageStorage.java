package org.emporium.catalog.application.image;

import java.util.Collection;
import java.util.Optional;

/**
 * Where image bytes live: the local filesystem by default, Google Cloud Storage in the cloud. Keys are relative
 * paths such as {@code products/<product>/<image>/200}; objects are written once and never changed.
 */
public interface ImageStorage {

    /** Stores {@code content} under {@code key}, replacing whatever was there. */
    void put(String key, byte[] content, String contentType);

    /** The bytes under {@code key}, or empty when there are none. */
    Optional<byte[]> get(String key);

    /** Removes the objects under these keys; missing ones are ignored. */
    void delete(Collection<String> keys);
}
