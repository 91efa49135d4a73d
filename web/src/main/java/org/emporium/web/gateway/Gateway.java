package org.emporium.web.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.emporium.web.WebProperties;
import org.emporium.web.security.WebSecurityConfiguration;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' public APIs through the gateway, the only address the web app calls for business data. Two
 * clients: {@link #visitor()} sends no token (the public catalog and reviews), {@link #user()} sends the signed-in
 * user's access token from their session, refreshed when it has expired. Answers are read as plain maps and lists (a
 * tolerant reader: the page takes the fields it shows and ignores the rest); a problem answer becomes a
 * {@link ServiceProblem}.
 */
@Component
public class Gateway {
    public static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
    public static final ParameterizedTypeReference<List<Map<String, Object>>> LIST =
            new ParameterizedTypeReference<>() {};

    private final RestClient visitor;
    private final RestClient user;
    private final JsonMapper json;

    Gateway(
            RestClient.Builder builder,
            WebProperties web,
            OAuth2AuthorizedClientManager authorizedClients,
            JsonMapper json) {
        this.json = json;
        var tokens = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        tokens.setClientRegistrationIdResolver(request -> WebSecurityConfiguration.REGISTRATION);
        var base = builder.clone()
                .baseUrl(web.gatewayUrl().toString())
                // Money stays decimal: 158.00 must not become the double 158.0 on its way to the page.
                .messageConverters(converters ->
                        converters.replaceAll(converter -> converter instanceof JacksonJsonHttpMessageConverter jackson
                                ? new JacksonJsonHttpMessageConverter(jackson.getMapper()
                                        .rebuild()
                                        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                                        .build())
                                : converter))
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response);
                });
        this.visitor = base.clone().build();
        this.user = base.clone().requestInterceptor(tokens).build();
    }

    /** Calls as an anonymous visitor. */
    public RestClient visitor() {
        return visitor;
    }

    /** Calls as the signed-in user (only from a request of a signed-in user). */
    public RestClient user() {
        return user;
    }

    private ServiceProblem problem(ClientHttpResponse response) throws IOException {
        var status = response.getStatusCode().value();
        var text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            if (!text.isBlank()) {
                json.readTree(text).properties().forEach(e -> body.put(e.getKey(), plain(e.getValue())));
            }
        } catch (JacksonException e) {
            // not a problem document (a proxy's page): the status alone tells
        }
        var code = body.get("code") instanceof String c ? c : null;
        var detail = body.get("detail") instanceof String d && !d.isBlank()
                ? d
                : body.get("title") instanceof String t ? t : "The service answered " + status;
        return new ServiceProblem(status, code, detail, body);
    }

    private Object plain(JsonNode node) {
        return node.isValueNode() ? node.asString() : json.convertValue(node, Object.class);
    }
}
