/** JDBC repositories and read-model SQL over the discount database. */
@NullMarked
package org.emporium.discount.infrastructure.persistence;

import org.jspecify.annotations.NullMarked;
