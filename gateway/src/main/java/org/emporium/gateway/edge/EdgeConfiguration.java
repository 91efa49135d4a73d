package org.emporium.gateway.edge;

import org.emporium.gateway.EdgeProperties;
import org.emporium.gateway.problem.ProblemExceptionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Filters that apply to every request, routed or not, and the problem handler for whatever goes wrong. */
@Configuration(proxyBeanMethods = false)
public class EdgeConfiguration {

    @Bean
    ClientHeaderHygiene clientHeaderHygiene(EdgeProperties edge) {
        return new ClientHeaderHygiene(edge);
    }

    @Bean
    AccessLog accessLog() {
        return new AccessLog();
    }

    @Bean
    ProblemExceptionHandler problemExceptionHandler() {
        return new ProblemExceptionHandler();
    }
}
