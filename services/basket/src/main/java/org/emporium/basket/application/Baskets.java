package org.emporium.basket.application;

import java.util.Map;
import java.util.UUID;
import org.emporium.basket.domain.Basket;
import org.emporium.basket.domain.ProductSnapshot;

/**
 * The basket store (Redis). {@link #load} answers an empty basket at revision 0 when there is none. {@link #save} is
 * a compare-and-set on the revision: it writes only if the stored revision is still {@code basket.revision()},
 * increments the revision, renews the idle expiry, and answers the new revision, or -1 when another write came
 * first. In the same round trip it reads the local product copies of the saved lines, which pricing the answer
 * needs next (a write is then two round trips, the load and this, not three).
 */
public interface Baskets {
    Basket load(UUID customerId);

    Saved save(Basket basket);

    /**
     * @param revision the new revision, -1 when another write came first (then nothing changed)
     * @param products the product copies of the saved basket's lines that exist (empty when the write lost)
     */
    record Saved(long revision, Map<UUID, ProductSnapshot> products) {
        public boolean stored() {
            return revision > 0;
        }
    }
}
