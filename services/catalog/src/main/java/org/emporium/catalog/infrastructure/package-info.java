/** Adapters to the outside world: PostgreSQL, image storage, the message broker, configuration and demo data. */
@NullMarked
package org.emporium.catalog.infrastructure;

import org.jspecify.annotations.NullMarked;
