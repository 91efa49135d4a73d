/** The product aggregate: details, price, stock and lifecycle, and the events it registers. */
@NullMarked
package org.emporium.catalog.domain.product;

import org.jspecify.annotations.NullMarked;
