/**
 * Ordering's business rules in plain Java: the {@link org.emporium.ordering.domain.Order} aggregate and its state
 * machine ({@link org.emporium.ordering.domain.OrderStatus}), its status history, money and the named refusals.
 */
@NullMarked
package org.emporium.ordering.domain;

import org.jspecify.annotations.NullMarked;
