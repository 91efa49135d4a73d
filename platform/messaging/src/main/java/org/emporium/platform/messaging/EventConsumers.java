package org.emporium.platform.messaging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * One listener container per {@link EventSubscription}, started after the topology and before the relay. A queue
 * with {@code emporium.messaging.consumer.queues.<purpose>.batch-size} above 1 gets a batch listener.
 */
final class EventConsumers implements SmartLifecycle, DisposableBean {
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 200;
    private static final Logger log = LoggerFactory.getLogger(EventConsumers.class);

    /** Builds the listener for one subscription's queue. */
    interface ListenerFactory {
        SubscriptionListener create(EventSubscription subscription, String queue, String consumer, StopSignal stopping);
    }

    private final List<SimpleMessageListenerContainer> containers = new ArrayList<>();
    private final StopSignal stopping = new StopSignal();
    private volatile boolean running;

    EventConsumers(
            ConnectionFactory connectionFactory,
            MessagingNames names,
            MessagingProperties.Consumer settings,
            List<EventSubscription> subscriptions,
            ListenerFactory listeners,
            ApplicationContext applicationContext) {
        var purposes = new HashSet<String>();
        for (var subscription : subscriptions) {
            if (!purposes.add(subscription.purpose())) {
                throw new IllegalStateException("Two EventSubscriptions for queue purpose " + subscription.purpose());
            }
            var queue = names.queue(subscription.purpose());
            var container = new SimpleMessageListenerContainer(connectionFactory);
            container.setQueueNames(queue);
            container.setBeanName("emporium-" + queue);
            container.setAcknowledgeMode(AcknowledgeMode.MANUAL);
            var listener = listeners.create(subscription, queue, names.consumer(subscription.purpose()), stopping);
            var queueSettings = settings.queue(subscription.purpose());
            if (queueSettings.batched()) {
                container.setConsumerBatchEnabled(true);
                container.setBatchSize(queueSettings.batchSize());
                // A partial batch is handed over once the queue stayed empty this long.
                container.setReceiveTimeout(queueSettings.batchTimeout().toMillis());
                container.setPrefetchCount(Math.max(settings.prefetch(), queueSettings.batchSize()));
                container.setMessageListener(new BatchSubscriptionListener(listener));
            } else {
                container.setMessageListener(listener);
                container.setPrefetchCount(settings.prefetch());
            }
            container.setConcurrentConsumers(settings.concurrency());
            container.setDefaultRequeueRejected(true);
            container.setMissingQueuesFatal(false);
            var recovery = new ExponentialBackOff(500, 2.0);
            recovery.setMaxInterval(5000);
            container.setRecoveryBackOff(recovery);
            container.setErrorHandler(error -> log.warn(
                    "Listener on {} failed outside its handler; the message will be redelivered: {}",
                    queue,
                    error.toString()));
            container.setObservationEnabled(true);
            container.setApplicationContext(applicationContext);
            container.setAutoStartup(false);
            container.afterPropertiesSet();
            containers.add(container);
        }
    }

    @Override
    public void start() {
        stopping.reset();
        containers.forEach(SimpleMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        stopping.signal();
        containers.forEach(SimpleMessageListenerContainer::stop);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    @Override
    public void destroy() {
        containers.forEach(SimpleMessageListenerContainer::destroy);
    }

    List<SimpleMessageListenerContainer> containers() {
        return containers;
    }
}
