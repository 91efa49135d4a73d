package org.emporium.platform.messaging;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;

/**
 * Sends with publisher confirms over a connection of its own (publishing and consuming on separate connections, so
 * broker flow control on publishers never stalls consumers). A send is done only when the broker has confirmed it.
 */
final class ConfirmingPublisher implements DisposableBean {

    /** The broker's answer to one send. */
    /** {@code counts}: the failure is the message's (refused, unreadable, unconfirmed), not a missing connection. */
    record Outcome(boolean confirmed, @Nullable String failure, boolean counts) {
        static final Outcome CONFIRMED = new Outcome(true, null, false);

        static Outcome failed(String reason) {
            return new Outcome(false, reason, true);
        }

        static Outcome notSent(String reason) {
            return new Outcome(false, reason, false);
        }
    }

    private final CachingConnectionFactory connectionFactory;
    private final RabbitTemplate events;
    private final RabbitTemplate direct;

    ConfirmingPublisher(CachingConnectionFactory connectionFactory, ApplicationContext applicationContext) {
        connectionFactory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        connectionFactory.setPublisherReturns(true);
        this.connectionFactory = connectionFactory;
        this.events = template(connectionFactory, applicationContext, false);
        this.direct = template(connectionFactory, applicationContext, true);
    }

    private static RabbitTemplate template(
            CachingConnectionFactory connectionFactory, ApplicationContext applicationContext, boolean mandatory) {
        var template = new RabbitTemplate(connectionFactory);
        template.setApplicationContext(applicationContext);
        template.setObservationEnabled(true);
        template.setMandatory(mandatory);
        if (mandatory) {
            template.setReturnsCallback(returned -> {});
        }
        template.afterPropertiesSet();
        return template;
    }

    CachingConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    /**
     * Publishes to an exchange; the future completes when the broker confirms or refuses. Events nobody is bound to
     * yet are still confirmed: routing them is the subscribers' declaration, not the publisher's concern.
     *
     * @throws org.springframework.amqp.AmqpException if the message could not even be sent (no connection)
     */
    CompletableFuture<Outcome> publish(String exchange, String routingKey, Message message) {
        // No correlation id: events are not mandatory, and an id would add a spring_ header to every event.
        var correlation = new CorrelationData("");
        events.send(exchange, routingKey, message, correlation);
        return correlation
                .getFuture()
                .thenApply(confirm ->
                        confirm.ack() ? Outcome.CONFIRMED : Outcome.failed("broker refused: " + confirm.reason()));
    }

    /** Sends straight into {@code queue} and waits for the confirm; fails if the queue does not exist. */
    Outcome sendToQueue(String queue, Message message, Duration timeout) {
        var correlation = new CorrelationData(message.getMessageProperties().getMessageId());
        try {
            direct.send("", queue, message, correlation);
            var confirm = correlation.getFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!confirm.ack()) {
                return Outcome.failed("broker refused: " + confirm.reason());
            }
            if (correlation.getReturned() != null) {
                return Outcome.failed("unroutable: " + correlation.getReturned().getReplyText());
            }
            return Outcome.CONFIRMED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed("interrupted");
        } catch (TimeoutException e) {
            return Outcome.failed("no confirm within " + timeout);
        } catch (ExecutionException | RuntimeException e) {
            return Outcome.failed(e.toString());
        }
    }

    @Override
    public void destroy() {
        connectionFactory.destroy();
    }
}
