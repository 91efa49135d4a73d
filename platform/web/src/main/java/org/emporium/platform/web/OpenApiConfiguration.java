package org.emporium.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each service's OpenAPI document names the service and declares the bearer (JWT) scheme, so the gateway's Swagger UI
 * lists "Emporium catalog API" rather than a generic title, with an Authorize button.
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
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")));
    }
}
