package org.emporium.platform.httpclient;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import tools.jackson.databind.DeserializationFeature;

/**
 * Builds {@link RestClient}s for calls to other services: base URL from {@code emporium.services.<name>.url},
 * connect and read timeouts, a circuit breaker per service, retries with back-off for idempotent methods, failures
 * as 503 {@code SERVER.UNAVAILABLE}, and a client-credentials access token (fetched from identity, cached until shortly
 * before it expires, renewed automatically) on every request. Tracing headers are added by Boot's observation
 * support when the builder comes from the context.
 */
public class ServiceClients {
    private static final Logger log = LoggerFactory.getLogger(ServiceClients.class);
    /** Whom this service's tokens are kept for: the service itself, one token for all its calls. */
    static final Authentication SERVICE_PRINCIPAL = new AnonymousAuthenticationToken(
            "emporium-service-client", "this-service", AuthorityUtils.createAuthorityList("ROLE_SERVICE_CLIENT"));
    /** The registration id of this service's own client at identity. */
    public static final String REGISTRATION_ID = "emporium-service";

    private final ServiceClientProperties properties;
    private final ServiceLocations locations;
    private final OAuth2AuthorizedClientManager clients;
    private final RestClient.Builder builder;
    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;

    public ServiceClients(
            ServiceClientProperties properties,
            ServiceLocations locations,
            OAuth2AuthorizedClientManager clients,
            RestClient.Builder builder) {
        this.properties = properties;
        this.locations = locations;
        this.clients = clients;
        this.builder = builder;
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(10))
                .build());
        this.retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(3)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(100), 2.0))
                // A call that timed out is not retried: the service is slow, not gone, and two more requests would
                // only add to its load (and triple the caller's wait). Refused connections and 5xx are retried.
                .retryOnException(failure -> !timedOut(failure))
                .build());
        // A retried call is a failure the caller never sees: say so, or a dependency that fails every first attempt
        // only shows as latency.
        this.retries
                .getEventPublisher()
                .onEntryAdded(added -> added.getAddedEntry()
                        .getEventPublisher()
                        .onRetry(event -> log.warn(
                                "Call to {} failed (attempt {}), trying again in {} ms: {}",
                                event.getName(),
                                event.getNumberOfRetryAttempts(),
                                event.getWaitInterval().toMillis(),
                                String.valueOf(event.getLastThrowable()))));
    }

    /**
     * The client-credentials token manager for this service's own client at identity ({@link #REGISTRATION_ID},
     * client secret basic, {@code properties.scopes()}), with Spring Security's in-memory token cache and renewal:
     * what {@link ServiceClientAutoConfiguration} registers, for code (and tests) building {@link ServiceClients}
     * without a context.
     */
    public static OAuth2AuthorizedClientManager clientCredentialsManager(ServiceClientProperties properties) {
        var registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(properties.tokenUri().toString())
                .scope(properties.scopes())
                .build();
        var registrations = new InMemoryClientRegistrationRepository(registration);
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
                registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials()
                .build());
        return manager;
    }

    static boolean timedOut(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.http.HttpTimeoutException
                    || cause instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
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
        // The token is this service's, whoever's request the call is made for. The interceptor's default principal is
        // the current user's authentication, which kept one client-credentials token per signed-in customer: a token
        // request to identity (with its client-secret check) on every customer's first call, and a cache growing with
        // every customer (bench/shop: a customer's first checkout 60-100 ms slower).
        interceptor.setPrincipalResolver(request -> SERVICE_PRINCIPAL);
        // Virtual threads for the client's work, including JdkClientHttpRequestFactory's streaming of request bodies,
        // which otherwise starts a new platform thread for every request that has one.
        var http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        var factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        return builder.clone()
                .baseUrl(baseUrl.toString())
                .requestFactory(factory)
                .requestInterceptor(
                        new ResilienceInterceptor(service, breakers.circuitBreaker(service), retries.retry(service)))
                .requestInterceptor(interceptor)
                .messageConverters(ServiceClients::tolerantJson)
                .build();
    }

    /**
     * Reads other services' answers as a tolerant reader: a field this service does not know is ignored, so a
     * service may add fields to its answers without breaking its callers (the same rule the events follow). The
     * context's mapper refuses unknown fields in requests to this service ({@code REQUEST.UNKNOWN_FIELD}); that
     * strictness must not apply to what this service reads from others.
     */
    static void tolerantJson(java.util.List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter instanceof JacksonJsonHttpMessageConverter json
                ? new JacksonJsonHttpMessageConverter(json.getMapper()
                        .rebuild()
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .build())
                : converter);
    }

    /**
     * A declarative client: an interface of {@code @GetExchange}/{@code @PostExchange} methods, backed by
     * {@link #forService(String)}.
     */
    public <T> T declarative(String service, Class<T> api) {
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(forService(service)))
                .build()
                .createClient(api);
    }
}
