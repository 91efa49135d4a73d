/** The signed-in customer's basket: quantities, removal, the coupon and discount's reason for refusing one. */
@NullMarked
package org.emporium.web.basket;

import org.jspecify.annotations.NullMarked;
