/** The catalog side of the order saga: reserving and releasing stock per order. */
@NullMarked
package org.emporium.catalog.application.stock;

import org.jspecify.annotations.NullMarked;
