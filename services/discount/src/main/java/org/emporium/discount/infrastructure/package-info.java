/** Adapters: JDBC persistence, messaging, security configuration, demo data. */
@NullMarked
package org.emporium.discount.infrastructure;

import org.jspecify.annotations.NullMarked;
