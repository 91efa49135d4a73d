/** My orders: the list, one order with its status history (live), paying it with the simulated card, cancelling. */
@NullMarked
package org.emporium.web.orders;

import org.jspecify.annotations.NullMarked;
