/** Statistics: the service. */
@NullMarked
package org.emporium.statistics;

import org.jspecify.annotations.NullMarked;
