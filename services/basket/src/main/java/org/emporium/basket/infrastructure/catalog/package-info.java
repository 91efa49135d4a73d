/** Catalog's look-up API, asked for products the local copy has not seen, and catalog's product events. */
@NullMarked
package org.emporium.basket.infrastructure.catalog;

import org.jspecify.annotations.NullMarked;
