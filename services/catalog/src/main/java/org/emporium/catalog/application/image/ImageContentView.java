package org.emporium.catalog.application.image;

/**
 * An image's bytes and how to serve them.
 *
 * @param etag a strong validator; the bytes under an image id never change, so it is derived from id and size
 * @param publiclyVisible whether shoppers may see it (its product is live): only then may shared caches keep it
 */
public record ImageContentView(byte[] content, String contentType, String etag, boolean publiclyVisible) {}
