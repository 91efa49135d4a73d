package org.emporium.basket.application;

import java.util.UUID;
import org.emporium.basket.domain.Basket;

/**
 * The basket store (Redis). {@link #load} answers an empty basket at revision 0 when there is none. {@link #save} is
 * a compare-and-set on the revision: it writes only if the stored revision is still {@code basket.revision()},
 * increments the revision, renews the idle expiry, and answers the new revision, or -1 when another write came
 * first.
 */
public interface Baskets {
    Basket load(UUID customerId);

    long save(Basket basket);
}
