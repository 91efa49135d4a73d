package org.emporium.ordering.application;

import java.time.Duration;

/** How long an order may stay unpaid before it expires. */
public interface OrderingSettings {
    Duration paymentWindow();
}
