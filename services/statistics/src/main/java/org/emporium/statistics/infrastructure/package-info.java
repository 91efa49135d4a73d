/** Statistics: infrastructure. */
@NullMarked
package org.emporium.statistics.infrastructure;

import org.jspecify.annotations.NullMarked;
