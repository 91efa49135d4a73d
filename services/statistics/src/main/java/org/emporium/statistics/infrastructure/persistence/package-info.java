/** The consumed-events log, the projections' upserts and the report SQL. */
@NullMarked
package org.emporium.statistics.infrastructure.persistence;

import org.jspecify.annotations.NullMarked;
