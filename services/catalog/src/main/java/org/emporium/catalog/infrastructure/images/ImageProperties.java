package org.emporium.catalog.infrastructure.images;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code emporium.catalog.images.*}: where images are stored and what uploads are accepted.
 *
 * @param storage {@code local} (default) or {@code gcs}
 * @param maxUploadSize largest accepted upload
 * @param maxEdge largest accepted width or height in pixels (read from the header, before decoding)
 * @param minEdge smallest accepted width or height
 * @param maxPixels largest accepted width × height of a JPEG or PNG (read from the header, before decoding; they
 *     are decoded subsampled, so memory does not grow with it, but decoding time and the native decoder's buffers
 *     do)
 * @param maxWebpPixels the same for WebP, lower: the WebP decoder holds the whole image at full size (4 bytes a
 *     pixel) while it decodes
 */
@ConfigurationProperties("emporium.catalog.images")
public record ImageProperties(
        @DefaultValue("local") String storage,
        @DefaultValue("10MB") DataSize maxUploadSize,
        @DefaultValue("8000") int maxEdge,
        @DefaultValue("50") int minEdge,
        @DefaultValue("40000000") long maxPixels,
        @DefaultValue("12000000") long maxWebpPixels,
        @DefaultValue Processing processing,
        @DefaultValue Local local,
        @DefaultValue Gcs gcs) {

    /**
     * How many uploads are decoded at once. Each holds at most its upload, its metadata-free copy and a working
     * image of at most 1600 pixels a side (a WebP: its full size), so {@code maxConcurrent} bounds the heap images
     * can take.
     *
     * @param maxConcurrent uploads processed at the same time
     * @param maxWait how long an upload waits for a free slot before it is refused (429)
     * @param retryAfter what the refusal's {@code Retry-After} says
     */
    public record Processing(
            @DefaultValue("2") int maxConcurrent,
            @DefaultValue("2s") Duration maxWait,
            @DefaultValue("2s") Duration retryAfter) {}

    /** @param root the folder images are kept under */
    public record Local(
            @DefaultValue("./data/catalog/images") Path root) {}

    /**
     * @param bucket the bucket (required with {@code storage=gcs})
     * @param projectId the Google Cloud project; the environment's default when blank
     * @param credentialsFile a service-account JSON key; Application Default Credentials when blank
     * @param prefix prepended to every object name, e.g. {@code catalog/}
     */
    public record Gcs(
            String bucket,
            String projectId,
            Path credentialsFile,
            @DefaultValue("") String prefix) {}
}
