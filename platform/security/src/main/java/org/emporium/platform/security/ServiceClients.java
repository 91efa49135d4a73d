package org.emporium.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * Builds {@link RestClient}s for calls to other services: base URL from {@code emporium.services.<name>.url},
 * connect and read timeouts, and a client-credentials access token (fetched from identity, cached until shortly
 * before it expires, renewed automatically) on every request. Tracing headers are added by Boot's observation
 * support when the builder comes from the context.
 */
public class ServiceClients {
    /** The registration id of this service's own client at identity. */
    public static final String REGISTRATION_ID = "emporium-service";

    private final ServiceClientProperties properties;
    private final ServiceLocations locations;
    private final OAuth2AuthorizedClientManager clients;
    private final RestClient.Builder builder;

    public ServiceClients(
            ServiceClientProperties properties,
            ServiceLocations locations,
            OAuth2AuthorizedClientManager clients,
            RestClient.Builder builder) {
        this.properties = properties;
        this.locations = locations;
        this.clients = clients;
        this.builder = builder;
    }

    /** A client for {@code service} (e.g. {@code "catalog"}) sending this service's token. */
    public RestClient forService(String service) {
        var location = locations.services().get(service);
        if (location == null || location.url() == null) {
            throw new IllegalStateException("No URL configured for service '" + service + "': set emporium.services."
                    + service + ".url (EMPORIUM_SERVICES_" + service.toUpperCase(java.util.Locale.ROOT) + "_URL)");
        }
        URI baseUrl = location.url();
        var interceptor = new OAuth2ClientHttpRequestInterceptor(clients);
        interceptor.setClientRegistrationIdResolver(request -> REGISTRATION_ID);
        var http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        return builder.clone()
                .baseUrl(baseUrl.toString())
                .requestFactory(factory)
                .requestInterceptor(interceptor)
                .build();
    }
}
