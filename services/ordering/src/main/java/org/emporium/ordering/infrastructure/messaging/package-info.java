/** Ordering's events: the mapping to the published contracts, the stock consumers and the expiry job. */
@NullMarked
package org.emporium.ordering.infrastructure.messaging;

import org.jspecify.annotations.NullMarked;
