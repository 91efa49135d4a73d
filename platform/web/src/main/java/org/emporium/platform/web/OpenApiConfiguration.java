package org.emporium.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.emporium.platform.web.openapi.OperationNames;
import org.emporium.platform.web.openapi.ProblemResponses;
import org.emporium.platform.web.openapi.SecurityRequirementsCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * Each service's OpenAPI document, written so a client can be generated from it and {@code redocly lint}'s
 * recommended rules pass (see {@code .ci/lint-openapi}): it names the service, declares the bearer (JWT) scheme and,
 * through the customizers in {@code openapi/}, each operation's security as the filter chain decides it, the RFC
 * 9457 problem responses that apply, a summary and a unique operationId.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(OpenAPI.class)
class OpenApiConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI emporiumOpenApi(@Value("${spring.application.name:service}") String service) {
        return new OpenAPI()
                .info(new Info()
                        .title("Emporium " + service + " API")
                        .version("v1")
                        .description("Errors are RFC 9457 problem+json with a stable `code` (see docs/errors.md)."))
                .components(new Components()
                        .addSecuritySchemes(
                                SecurityRequirementsCustomizer.BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")));
    }

    @Bean
    OperationNames emporiumOperationNames() {
        return new OperationNames();
    }

    @Bean
    ProblemResponses emporiumProblemResponses() {
        return new ProblemResponses();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WebInvocationPrivilegeEvaluator.class)
    static class Security {
        @Bean
        SecurityRequirementsCustomizer emporiumSecurityRequirements(
                ObjectProvider<WebInvocationPrivilegeEvaluator> evaluator,
                @Value("${server.servlet.context-path:}") String contextPath) {
            return new SecurityRequirementsCustomizer(evaluator, contextPath);
        }
    }
}
