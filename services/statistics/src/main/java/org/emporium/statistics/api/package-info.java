/** Statistics: api. */
@NullMarked
package org.emporium.statistics.api;

import org.jspecify.annotations.NullMarked;
