package org.emporium.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxRequestSize largest non-multipart request body accepted (default 1 MB)
 */
@ConfigurationProperties("emporium.web")
public record WebProperties(DataSize maxRequestSize) {
    public WebProperties {
        if (maxRequestSize == null) {
            maxRequestSize = DataSize.ofMegabytes(1);
        }
    }
}
