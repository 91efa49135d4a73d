/**
 * Ordering's use cases: commands (checkout, pay, cancel, ship, deliver, expire, the saga's reactions) through
 * platform-mediator's facade on the write side, and queries answered from read views kept apart from the aggregate.
 */
@NullMarked
package org.emporium.ordering.application;

import org.jspecify.annotations.NullMarked;
