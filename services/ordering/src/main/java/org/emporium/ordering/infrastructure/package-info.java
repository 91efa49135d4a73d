/** Ordering's adapters: persistence, messaging, service clients and the payment provider. */
@NullMarked
package org.emporium.ordering.infrastructure;

import org.jspecify.annotations.NullMarked;
