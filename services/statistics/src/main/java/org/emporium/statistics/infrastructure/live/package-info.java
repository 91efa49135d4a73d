/** The SSE live channel, coalescing changes to one push per interval. */
@NullMarked
package org.emporium.statistics.infrastructure.live;

import org.jspecify.annotations.NullMarked;
