/** Events the comment service publishes: a review became public or stopped being public. See docs/events.md. */
@NullMarked
package org.emporium.contracts.comment;

import org.jspecify.annotations.NullMarked;
