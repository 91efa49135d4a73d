/** Events the catalog publishes: product lifecycle and the stock side of the order saga. See docs/events.md. */
@NullMarked
package org.emporium.contracts.catalog;

import org.jspecify.annotations.NullMarked;
