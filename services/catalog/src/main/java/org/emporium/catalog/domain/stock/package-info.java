/** Stock reservations for orders: all lines or none, once per order. */
@NullMarked
package org.emporium.catalog.domain.stock;

import org.jspecify.annotations.NullMarked;
