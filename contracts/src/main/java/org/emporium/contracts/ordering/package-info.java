/** Events the ordering service publishes (defined ahead of it, as the catalog consumes them). See docs/events.md. */
@NullMarked
package org.emporium.contracts.ordering;

import org.jspecify.annotations.NullMarked;
