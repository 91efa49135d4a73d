package org.emporium.platform.httpclient;

import java.net.URI;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the other services are: {@code emporium.services.<name>.url}, i.e. {@code EMPORIUM_SERVICES_<NAME>_URL},
 * the same setting the gateway routes with.
 */
@ConfigurationProperties("emporium")
public record ServiceLocations(Map<String, Location> services) {
    public ServiceLocations {
        services = services == null ? Map.of() : Map.copyOf(services);
    }

    public record Location(URI url) {}
}
