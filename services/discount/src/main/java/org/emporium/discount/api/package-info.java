/** The HTTP API: admin coupons, quotes, and the internal redemption API for ordering. */
@NullMarked
package org.emporium.discount.api;

import org.jspecify.annotations.NullMarked;
