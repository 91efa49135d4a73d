package org.emporium.catalog.infrastructure.images;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.cloud.storage.StorageOptions;
import java.io.IOException;
import java.nio.file.Files;
import org.emporium.catalog.application.image.ImageStorage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the image storage adapter: {@code emporium.catalog.images.storage=local} (default) or {@code gcs}. */
@Configuration(proxyBeanMethods = false)
class ImageStorageConfiguration {

    @Bean
    @ConditionalOnProperty(name = "emporium.catalog.images.storage", havingValue = "local", matchIfMissing = true)
    ImageStorage localImageStorage(ImageProperties properties) {
        return new LocalFileImageStorage(properties.local().root());
    }

    @Bean
    @ConditionalOnProperty(name = "emporium.catalog.images.storage", havingValue = "gcs")
    ImageStorage gcsImageStorage(ImageProperties properties) throws IOException {
        var gcs = properties.gcs();
        var options = StorageOptions.newBuilder();
        if (gcs.projectId() != null && !gcs.projectId().isBlank()) {
            options.setProjectId(gcs.projectId());
        }
        if (gcs.credentialsFile() != null) {
            try (var in = Files.newInputStream(gcs.credentialsFile())) {
                options.setCredentials(GoogleCredentials.fromStream(in));
            }
        }
        return new GcsImageStorage(options.build().getService(), gcs.bucket(), gcs.prefix());
    }
}
