package org.emporium.contracts;

import org.jspecify.annotations.Nullable;

/**
 * An event one service publishes for others. The routing key is {@code <source>.<event>} in kebab case, e.g.
 * {@code ordering.order-placed}; it also names the CloudEvents type ({@code org.emporium.<routing key>.v<version>}).
 */
public interface IntegrationEvent {

    /** The routing key, e.g. {@code catalog.product-created}. */
    String routingKey();

    /** The payload schema version; bump on a breaking change and keep publishing the old one while consumers move. */
    default int version() {
        return 1;
    }

    /** What the event is about (CloudEvents {@code subject}), e.g. the product id; may be null. */
    default @Nullable String subject() {
        return null;
    }
}
