package org.emporium.platform.httpclient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.client.RestClient;

/**
 * Service-to-service calls with client-credentials tokens, active when {@code emporium.client.client-id} is set.
 * Uses Spring Security's OAuth2 client (token caching and renewal) rather than a hand-written token cache.
 */
@AutoConfiguration
@ConditionalOnExpression("!'${emporium.client.client-id:}'.isBlank()")
@EnableConfigurationProperties({ServiceClientProperties.class, ServiceLocations.class})
public class ServiceClientAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "serviceClientManager")
    OAuth2AuthorizedClientManager serviceClientManager(ServiceClientProperties properties) {
        return ServiceClients.clientCredentialsManager(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    ServiceClients serviceClients(
            ServiceClientProperties properties,
            ServiceLocations locations,
            OAuth2AuthorizedClientManager serviceClientManager,
            ObjectProvider<RestClient.Builder> builder) {
        return new ServiceClients(
                properties, locations, serviceClientManager, builder.getIfAvailable(RestClient::builder));
    }
}
