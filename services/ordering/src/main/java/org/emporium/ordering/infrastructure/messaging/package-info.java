/** Ordering's events: the mapping to the published {@code ordering.*} contracts. */
@NullMarked
package org.emporium.ordering.infrastructure.messaging;

import org.jspecify.annotations.NullMarked;
