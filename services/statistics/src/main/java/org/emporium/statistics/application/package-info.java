/** Recording consumed events, rebuilding the projections, and the report queries with their ports. */
@NullMarked
package org.emporium.statistics.application;

import org.jspecify.annotations.NullMarked;
