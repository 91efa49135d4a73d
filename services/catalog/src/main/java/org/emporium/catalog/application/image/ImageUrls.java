package org.emporium.catalog.application.image;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.emporium.catalog.domain.image.ImageSize;
import org.springframework.stereotype.Component;

/** The public addresses of an image's sizes (relative to the gateway, so they work behind any host name). */
@Component
public class ImageUrls {

    public Map<String, String> all(UUID imageId) {
        var urls = new LinkedHashMap<String, String>();
        for (var size : ImageSize.values()) {
            urls.put(size.urlName(), of(imageId, size));
        }
        return urls;
    }

    public String of(UUID imageId, ImageSize size) {
        return "/api/catalog/images/" + imageId + "/" + size.urlName();
    }
}
