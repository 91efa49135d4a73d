package org.emporium.gateway.edge;

import org.emporium.gateway.EdgeProperties;
import org.emporium.gateway.problem.ProblemExceptionHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.web.server.ConditionalOnManagementPort;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
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
    ForwardingHeaders forwardingHeaders() {
        return new ForwardingHeaders();
    }

    @Bean
    AccessLog accessLog() {
        return new AccessLog();
    }

    /** Only while the actuator shares the public port; a management port of its own is not public to begin with. */
    @Bean
    @ConditionalOnManagementPort(ManagementPortType.SAME)
    ActuatorExposure actuatorExposure(
            EdgeProperties edge, @Value("${management.endpoints.web.base-path:/actuator}") String basePath) {
        return new ActuatorExposure(basePath, edge.actuatorClients());
    }

    @Bean
    ProblemExceptionHandler problemExceptionHandler() {
        return new ProblemExceptionHandler();
    }
}
