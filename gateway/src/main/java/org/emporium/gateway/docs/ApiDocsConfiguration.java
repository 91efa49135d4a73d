package org.emporium.gateway.docs;

import java.util.LinkedHashSet;
import org.emporium.gateway.routing.ServicesProperties;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Lists every deployed service's OpenAPI document ({@code /v3/api-docs/<service>}, proxied to the service's own
 * {@code /v3/api-docs}) in the gateway's Swagger UI at {@code /swagger-ui.html}. A new service appears there by
 * being configured; nothing to add here.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfiguration {

    ApiDocsConfiguration(SwaggerUiConfigProperties swaggerUi, ServicesProperties services) {
        var urls = new LinkedHashSet<SwaggerUrl>();
        services.services().forEach((name, service) -> {
            if (service.configured() && service.apiDocs()) {
                urls.add(new SwaggerUrl(name, "/v3/api-docs/" + name, name));
            }
        });
        if (swaggerUi.getUrls() != null) {
            urls.addAll(swaggerUi.getUrls());
        }
        swaggerUi.setUrls(urls);
    }
}
