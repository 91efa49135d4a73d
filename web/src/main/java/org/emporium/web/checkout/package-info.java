/** Checkout: the shipping address, the review of what ordering will charge, and placing the order once. */
@NullMarked
package org.emporium.web.checkout;

import org.jspecify.annotations.NullMarked;
