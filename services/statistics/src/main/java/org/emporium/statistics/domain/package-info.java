/** Report ranges, granularities, the per-order status rule and the service's errors; plain Java. */
@NullMarked
package org.emporium.statistics.domain;

import org.jspecify.annotations.NullMarked;
