package org.emporium.web.checkout;

import java.io.Serializable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One checkout in the session: the address given and the {@code Idempotency-Key} every "place order" of this
 * checkout sends, so two submits racing each other get ordering's one order back; once placed, the order's id, so a
 * reload of the placing request goes to that order instead of placing again. A new address, or an address after an
 * order was placed, starts a new checkout with a new key (ordering answers a key it knows with its old order).
 */
record CheckoutState(
        AddressForm address,
        String idempotencyKey,
        @Nullable String placedOrderId) implements Serializable {
    static final String ATTRIBUTE = "emporium.checkout";

    static CheckoutState start(AddressForm address) {
        return new CheckoutState(address, UUID.randomUUID().toString(), null);
    }

    CheckoutState placed(String orderId) {
        return new CheckoutState(address, idempotencyKey, orderId);
    }

    boolean isPlaced() {
        return placedOrderId != null;
    }
}
