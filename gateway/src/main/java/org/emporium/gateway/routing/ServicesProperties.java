package org.emporium.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The services the gateway routes to, bound from {@code emporium.services.<name>.*}. Each one's location comes from
 * the environment ({@code EMPORIUM_SERVICES_<NAME>_URL}); everything else has defaults in {@code application.yml}.
 */
@ConfigurationProperties("emporium")
public record ServicesProperties(Map<String, Service> services) {
    public ServicesProperties {
        services = services == null ? Map.of() : new TreeMap<>(services);
    }

    /**
     * One service behind the gateway.
     *
     * @param url where it listens; when absent its routes answer 503 {@code GATEWAY.SERVICE_NOT_CONFIGURED}
     * @param paths what it serves besides {@code /api/<name>/**} (identity's OAuth2/OIDC endpoints)
     * @param timeout how long to wait for the response headers before answering 503
     * @param connectTimeout how long to wait for a connection
     * @param maxBodySize the largest request body accepted for it; {@code null} means the gateway-wide default
     * @param budgets stricter rate budgets for some of its operations
     * @param apiDocs whether it publishes {@code /v3/api-docs} to list in the gateway's Swagger UI
     */
    public record Service(
            URI url,
            List<String> paths,
            Duration timeout,
            Duration connectTimeout,
            DataSize maxBodySize,
            List<BudgetedOperation> budgets,
            Boolean apiDocs) {
        public Service {
            paths = paths == null ? List.of() : List.copyOf(paths);
            timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
            budgets = budgets == null ? List.of() : List.copyOf(budgets);
            apiDocs = apiDocs == null || apiDocs;
        }

        public boolean configured() {
            return url != null && !url.toString().isBlank();
        }
    }

    /** An operation ({@code method} + path pattern) that draws on the named rate budget instead of the default. */
    public record BudgetedOperation(String method, String path, String budget) {}
}
