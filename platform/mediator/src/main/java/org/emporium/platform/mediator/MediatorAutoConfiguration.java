package org.emporium.platform.mediator;

import an.awesome.pipelinr.Command;
import an.awesome.pipelinr.CommandHandlers;
import an.awesome.pipelinr.Pipeline;
import an.awesome.pipelinr.Pipelinr;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The pipeline every service sends its commands and queries through: logging/metrics → validation → transaction →
 * handler. Handlers are the {@link Command.Handler} beans of the application.
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

    @Bean
    @ConditionalOnMissingBean
    @SuppressWarnings("rawtypes")
    Pipeline pipeline(
            ObjectProvider<Command.Handler> handlers,
            ObjectProvider<MeterRegistry> meters,
            ObjectProvider<Validator> validator,
            ObjectProvider<PlatformTransactionManager> transactions) {
        var middlewares = new ArrayList<Command.Middleware>();
        middlewares.add(new LoggingMiddleware(meters.getIfAvailable(SimpleMeterRegistry::new)));
        validator.ifAvailable(v -> middlewares.add(new ValidationMiddleware(v)));
        transactions.ifAvailable(t -> middlewares.add(new TransactionMiddleware(t)));
        // Handlers are resolved once, on first use: they do not change after start-up.
        var resolved = new AtomicReference<List<Command.Handler>>();
        CommandHandlers all =
                () -> resolved
                        .updateAndGet(list ->
                                list != null ? list : handlers.orderedStream().toList())
                        .stream();
        Command.Middlewares pipeline = () -> middlewares.stream();
        return new Pipelinr().with(all).with(pipeline);
    }
}
