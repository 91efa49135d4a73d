package org.emporium.platform.web.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * Declares each operation's security from the service's own filter chain rules, so the document cannot drift from
 * them: an operation an anonymous caller may invoke is public ({@code security: []}); any other needs the bearer
 * token, and if a token without roles or scopes is still refused, a 403 applies too. The rules are asked through
 * Spring Security's {@link WebInvocationPrivilegeEvaluator}, with each path variable filled in.
 *
 * <p>Method security ({@code @PreAuthorize}) is not visible here; a controller that uses it documents its 403 itself.
 */
public class SecurityRequirementsCustomizer implements GlobalOpenApiCustomizer, Ordered {
    public static final int ORDER = Ordered.LOWEST_PRECEDENCE - 100;
    public static final String BEARER = "bearer";

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");
    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken(
            "openapi", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    private static final Authentication WITHOUT_AUTHORITIES =
            UsernamePasswordAuthenticationToken.authenticated("openapi", null, List.of());

    private final ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator;
    private final String contextPath;

    public SecurityRequirementsCustomizer(
            ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator, String contextPath) {
        this.evaluator = evaluator;
        this.contextPath = contextPath;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        var rules = evaluator.getIfAvailable();
        openApi.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    if (operation.getSecurity() != null) {
                        return; // declared by the controller (@SecurityRequirement)
                    }
                    var uri = PATH_VARIABLE.matcher(path).replaceAll("x");
                    var httpMethod = method.name().toUpperCase(Locale.ROOT);
                    if (rules == null || rules.isAllowed(contextPath, uri, httpMethod, ANONYMOUS)) {
                        operation.setSecurity(new ArrayList<>());
                        return;
                    }
                    operation.setSecurity(new ArrayList<>(List.of(new SecurityRequirement().addList(BEARER))));
                    if (!rules.isAllowed(contextPath, uri, httpMethod, WITHOUT_AUTHORITIES)) {
                        operation.addExtension(ProblemResponses.FORBIDDEN_APPLIES, true);
                    }
                }));
    }
}
