/** Shoppers' ratings of products, fed by the comment service's review events. */
@NullMarked
package org.emporium.catalog.application.rating;

import org.jspecify.annotations.NullMarked;
