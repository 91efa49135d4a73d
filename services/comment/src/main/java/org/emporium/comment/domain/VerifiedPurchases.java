package org.emporium.comment.domain;

import java.util.Collection;
import java.util.UUID;

/** Who received what: built from ordering's delivered orders, the proof behind the verified-buyer badge. */
public interface VerifiedPurchases {
    /** Records that {@code customer} received {@code products} in order {@code orderId} (a repeat changes nothing). */
    void record(UUID orderId, CustomerId customer, Collection<ProductId> products);

    boolean received(CustomerId customer, ProductId product);
}
