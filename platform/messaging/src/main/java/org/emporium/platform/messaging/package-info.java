/**
 * Integration events over AMQP for every service: {@link org.emporium.platform.messaging.EventOutbox} to publish
 * (transactional outbox, relayed with publisher confirms) and {@link org.emporium.platform.messaging.EventSubscription}
 * to consume (idempotent inbox, bounded retries, per-queue dead-letter queue). See docs/messaging.md.
 */
@NullMarked
package org.emporium.platform.messaging;

import org.jspecify.annotations.NullMarked;
