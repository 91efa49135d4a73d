/** The repositories over PostgreSQL with plain SQL (JdbcClient): no ORM between the aggregates and their rows. */
package org.emporium.catalog.infrastructure.persistence;
