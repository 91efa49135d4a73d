package org.emporium.catalog.infrastructure.images;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code emporium.catalog.images.*}: where images are stored and what uploads are accepted.
 *
 * @param storage {@code local} (default) or {@code gcs}
 * @param maxUploadSize largest accepted upload
 * @param maxEdge largest accepted width or height in pixels (checked before decoding)
 * @param minEdge smallest accepted width or height
 */
@ConfigurationProperties("emporium.catalog.images")
public record ImageProperties(
        @DefaultValue("local") String storage,
        @DefaultValue("10MB") DataSize maxUploadSize,
        @DefaultValue("8000") int maxEdge,
        @DefaultValue("50") int minEdge,
        @DefaultValue Local local,
        @DefaultValue Gcs gcs) {

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
