package org.emporium.platform.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.observation.ObservationRegistry;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.rabbit.connection.AbstractConnectionFactory;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.RabbitConnectionFactoryBean;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.amqp.autoconfigure.CachingConnectionFactoryConfigurer;
import org.springframework.boot.amqp.autoconfigure.ConnectionFactoryCustomizer;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionFactoryBeanConfigurer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Integration events for a service that has a DataSource and a RabbitMQ connection: {@link EventOutbox} to publish,
 * {@link EventSubscription} beans to consume. The service name comes from {@code spring.application.name}.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"
        })
@ConditionalOnClass({RabbitTemplate.class, JdbcTemplate.class, Flyway.class})
@ConditionalOnBean({DataSource.class, ConnectionFactory.class})
@ConditionalOnBooleanProperty(name = "emporium.messaging.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    MessagingNames emporiumMessagingNames(Environment environment, MessagingProperties properties) {
        return new MessagingNames(
                environment.getProperty("spring.application.name"), properties.namespace(), properties.exchange());
    }

    @Bean
    @DependsOnDatabaseInitialization
    MessagingSchema emporiumMessagingSchema(DataSource dataSource) {
        return MessagingSchema.migrate(dataSource);
    }

    @Bean
    MessagingMetrics emporiumMessagingMetrics(ObjectProvider<MeterRegistry> registry) {
        return new MessagingMetrics(registry.getIfAvailable(() -> Metrics.globalRegistry));
    }

    @Bean
    TracePropagation emporiumTracePropagation(ObjectProvider<ObservationRegistry> registry) {
        return new TracePropagation(registry.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    ConfirmingPublisher emporiumConfirmingPublisher(
            ConnectionFactory connectionFactory,
            ObjectProvider<RabbitConnectionFactoryBeanConfigurer> factoryBeanConfigurer,
            ObjectProvider<CachingConnectionFactoryConfigurer> connectionFactoryConfigurer,
            ObjectProvider<ConnectionFactoryCustomizer> customizers,
            MessagingNames names,
            ApplicationContext applicationContext)
            throws Exception {
        CachingConnectionFactory publishing;
        var beanConfigurer = factoryBeanConfigurer.getIfAvailable();
        var cachingConfigurer = connectionFactoryConfigurer.getIfAvailable();
        if (beanConfigurer != null && cachingConfigurer != null) {
            // Built like Boot's own connection factory, from the same spring.rabbitmq.* settings.
            var factoryBean = new RabbitConnectionFactoryBean();
            beanConfigurer.configure(factoryBean);
            factoryBean.afterPropertiesSet();
            var rabbitFactory = factoryBean.getObject();
            customizers.orderedStream().forEach(customizer -> customizer.customize(rabbitFactory));
            publishing = new CachingConnectionFactory(rabbitFactory);
            cachingConfigurer.configure(publishing);
        } else if (connectionFactory instanceof AbstractConnectionFactory configured) {
            publishing = new CachingConnectionFactory(configured.getRabbitConnectionFactory());
        } else {
            throw new IllegalStateException("platform-messaging cannot derive a publishing connection from "
                    + connectionFactory.getClass().getName());
        }
        publishing.setConnectionNameStrategy(factory -> names.service() + "-outbox");
        return new ConfirmingPublisher(publishing, applicationContext);
    }

    @Bean
    OutboxRelay emporiumOutboxRelay(
            MessagingSchema schema,
            DataSource dataSource,
            ConfirmingPublisher publisher,
            MessagingNames names,
            MessagingProperties properties,
            TracePropagation trace,
            MessagingMetrics metrics,
            ObjectProvider<JsonMapper> json,
            MessagingTopology topology) {
        var relay = new OutboxRelay(dataSource, publisher, names, properties, trace, metrics, jsonMapper(json));
        publisher.connectionFactory().addConnectionListener(connection -> {
            topology.declareQuietly();
            relay.connectionEstablished();
        });
        return relay;
    }

    @Bean
    EventOutbox emporiumEventOutbox(
            MessagingSchema schema,
            DataSource dataSource,
            ObjectProvider<JsonMapper> json,
            MessagingNames names,
            TracePropagation trace,
            OutboxRelay relay) {
        return new JdbcEventOutbox(dataSource, jsonMapper(json), names.source(), trace, relay::nudge);
    }

    @Bean
    @ConditionalOnMissingBean(AmqpAdmin.class)
    RabbitAdmin emporiumRabbitAdmin(ConnectionFactory connectionFactory) {
        return new RabbitAdmin(connectionFactory);
    }

    @Bean
    @ConditionalOnMissingBean
    SubscriptionRegistry emporiumSubscriptionRegistry() {
        return SubscriptionRegistry.platform();
    }

    @Bean
    MessagingTopology emporiumMessagingTopology(
            AmqpAdmin admin,
            MessagingNames names,
            ObjectProvider<EventSubscription> subscriptions,
            SubscriptionRegistry registry) {
        return new MessagingTopology(admin, names, subscriptions.orderedStream().toList(), registry);
    }

    @Bean
    Declarables emporiumMessagingDeclarables(MessagingTopology topology) {
        return topology.declarables();
    }

    @Bean
    EventConsumers emporiumEventConsumers(
            MessagingSchema schema,
            ConnectionFactory connectionFactory,
            DataSource dataSource,
            ObjectProvider<PlatformTransactionManager> transactionManager,
            ObjectProvider<JsonMapper> json,
            MessagingNames names,
            MessagingProperties properties,
            ObjectProvider<EventSubscription> subscriptions,
            ConfirmingPublisher publisher,
            MessagingMetrics metrics,
            ApplicationContext applicationContext) {
        // Handlers join the application's transaction manager (JPA or JDBC), so their writes and the inbox entry
        // commit together.
        var transaction = new TransactionTemplate(
                transactionManager.getIfUnique(() -> new DataSourceTransactionManager(dataSource)));
        var jdbc = new JdbcTemplate(dataSource);
        var reader = jsonMapper(json)
                .rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        return new EventConsumers(
                connectionFactory,
                names,
                properties.consumer(),
                subscriptions.orderedStream().toList(),
                (subscription, queue, consumer, stopping) -> new SubscriptionListener(
                        subscription,
                        queue,
                        consumer,
                        reader,
                        transaction,
                        jdbc,
                        publisher,
                        properties.consumer(),
                        metrics,
                        stopping),
                applicationContext);
    }

    /** The parked-events health indicator, where the application has Spring Boot's health support. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class OutboxHealthConfiguration {
        @Bean
        OutboxHealthIndicator outboxHealthIndicator(MessagingMetrics metrics) {
            return new OutboxHealthIndicator(metrics);
        }
    }

    private static JsonMapper jsonMapper(ObjectProvider<JsonMapper> json) {
        return json.getIfAvailable(() -> JsonMapper.builder().build());
    }
}
