/** The catalog's business rules in plain Java: aggregates, value objects, domain events and repository ports. */
package org.emporium.catalog.domain;
