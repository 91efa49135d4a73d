/** JDBC repositories and the read side's SQL over the ordering database. */
@NullMarked
package org.emporium.ordering.infrastructure.persistence;

import org.jspecify.annotations.NullMarked;
