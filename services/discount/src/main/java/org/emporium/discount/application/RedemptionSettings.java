package org.emporium.discount.application;

import java.time.Duration;

/** How long a reservation is held before the expiry job releases it. */
public interface RedemptionSettings {
    Duration reservationHold();
}
