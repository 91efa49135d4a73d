package org.emporium.platform.messaging;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.emporium.platform.messaging.SubscriptionListener.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpIOException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.listener.api.ChannelAwareBatchMessageListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles up to {@code batch-size} messages of one queue in one transaction (opt-in per queue, see
 * {@link MessagingProperties.Queue}): each event is still claimed in the inbox by its id, so a redelivered or
 * repeated id has no second effect, and all are acknowledged once the transaction committed. A batch that fails is
 * rolled back and handled again one message at a time by the single-message path ({@link SubscriptionListener}, with
 * its retries): a poison message goes to the dead-letter queue alone, the others are applied once. Messages are
 * handled in the order they were delivered; once one goes back to the queue (outage, shutdown), the ones after it go
 * back too, so none is applied before an earlier one.
 */
final class BatchSubscriptionListener implements ChannelAwareBatchMessageListener {
    private static final Logger log = LoggerFactory.getLogger(BatchSubscriptionListener.class);

    private final SubscriptionListener single;
    private final TransactionTemplate transaction;
    private final MessagingMetrics metrics;
    private final String queue;

    BatchSubscriptionListener(SubscriptionListener single) {
        this.single = single;
        this.transaction = single.transaction();
        this.metrics = single.metrics();
        this.queue = single.queue();
    }

    @Override
    public void onMessageBatch(List<Message> messages, Channel channel) {
        var acknowledge = new boolean[messages.size()];
        var readable = new ArrayList<Delivery>(messages.size());
        var positions = new ArrayList<Integer>(messages.size());
        for (int i = 0; i < messages.size(); i++) {
            try {
                readable.add(single.read(messages.get(i)));
                positions.add(i);
            } catch (RuntimeException e) {
                acknowledge[i] = single.deadLetter(messages.get(i), 0, e);
            }
        }
        if (!readable.isEmpty()) {
            var handled = applyTogether(readable);
            for (int i = 0; i < readable.size(); i++) {
                acknowledge[positions.get(i)] = handled[i];
            }
        }
        try {
            for (int i = 0; i < messages.size(); i++) {
                var tag = messages.get(i).getMessageProperties().getDeliveryTag();
                if (acknowledge[i]) {
                    channel.basicAck(tag, false);
                } else {
                    channel.basicNack(tag, false, true);
                }
            }
        } catch (IOException e) {
            // The channel broke: the broker redelivers what was not acknowledged, and the inbox absorbs the repeats.
            throw new AmqpIOException(e);
        }
    }

    /** Per delivery, whether it may be acknowledged. */
    private boolean[] applyTogether(List<Delivery> deliveries) {
        var result = new boolean[deliveries.size()];
        boolean[] duplicates;
        try {
            duplicates = transaction.execute(status -> {
                var seen = new boolean[deliveries.size()];
                for (int i = 0; i < deliveries.size(); i++) {
                    seen[i] = single.claimAndHandle(deliveries.get(i));
                }
                return seen;
            });
        } catch (RuntimeException e) {
            log.debug("Batch of {} on {} failed, handling its messages one by one", deliveries.size(), queue, e);
            return applyOneByOne(deliveries);
        }
        for (int i = 0; i < deliveries.size(); i++) {
            metrics.consumed(queue, duplicates != null && duplicates[i]);
            result[i] = true;
        }
        return result;
    }

    private boolean[] applyOneByOne(List<Delivery> deliveries) {
        var result = new boolean[deliveries.size()];
        for (int i = 0; i < deliveries.size(); i++) {
            result[i] = single.apply(deliveries.get(i));
            if (!result[i]) {
                // The rest stay false: back to the queue behind it, not applied ahead of it.
                break;
            }
        }
        return result;
    }
}
