/** Ordering's HTTP API: customers' checkout, orders, payment and cancel; admins' shipping and search. */
@NullMarked
package org.emporium.ordering.api;

import org.jspecify.annotations.NullMarked;
