/** The catalog's business rules in plain Java: aggregates, value objects, domain events and repository ports. */
@NullMarked
package org.emporium.catalog.domain;

import org.jspecify.annotations.NullMarked;
