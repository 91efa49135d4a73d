/** The repositories over PostgreSQL with plain SQL (JdbcClient): no ORM between the aggregates and their rows. */
@NullMarked
package org.emporium.catalog.infrastructure.persistence;

import org.jspecify.annotations.NullMarked;
