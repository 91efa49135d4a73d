package org.emporium.ordering.infrastructure.config;

import org.emporium.ordering.application.payment.PaymentGateway;
import org.emporium.ordering.infrastructure.clients.DependencyApis;
import org.emporium.ordering.infrastructure.clients.HttpDependencies;
import org.emporium.ordering.infrastructure.payment.SimulatedPaymentProvider;
import org.emporium.platform.httpclient.ServiceClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Basket, catalog and discount through platform/http-client; the simulated payment provider. */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    @Bean
    HttpDependencies dependencies(ServiceClients clients, JsonMapper json) {
        return new HttpDependencies(
                clients.declarative("basket", DependencyApis.BasketApi.class),
                clients.declarative("catalog", DependencyApis.CatalogApi.class),
                clients.declarative("discount", DependencyApis.DiscountApi.class),
                json);
    }

    @Bean
    PaymentGateway paymentGateway() {
        return new SimulatedPaymentProvider();
    }
}
