/** Events the discount service publishes ({@code discount.*}, docs/events.md). */
@NullMarked
package org.emporium.contracts.discount;

import org.jspecify.annotations.NullMarked;
