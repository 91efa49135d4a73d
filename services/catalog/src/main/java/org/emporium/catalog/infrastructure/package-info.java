/** Adapters to the outside world: PostgreSQL, image storage, the message broker, configuration and demo data. */
package org.emporium.catalog.infrastructure;
