/** Statistics: infrastructure/live. */
@NullMarked
package org.emporium.statistics.infrastructure.live;

import org.jspecify.annotations.NullMarked;
