package org.emporium.platform.mediator;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validator;
import java.time.Clock;
import org.emporium.platform.mediator.pipelinr.PipelinrMediator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@link Mediator} every service sends its commands and queries through: logging/metrics → validation →
 * transaction → handler. Handlers are the {@link Handler} beans of the application.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
            "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
        })
public class MediatorAutoConfiguration {

    /** Handlers take the time from here, so tests can fix it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    Mediator mediator(
            ObjectProvider<Handler<?, ?>> handlers,
            ObjectProvider<MeterRegistry> meters,
            ObjectProvider<Validator> validator,
            ObjectProvider<PlatformTransactionManager> transactions) {
        return new PipelinrMediator(
                () -> handlers.orderedStream().toList(),
                meters.getIfAvailable(SimpleMeterRegistry::new),
                validator.getIfAvailable(),
                transactions.getIfAvailable());
    }
}
