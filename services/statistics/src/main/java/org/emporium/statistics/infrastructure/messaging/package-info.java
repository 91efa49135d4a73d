/** Statistics: infrastructure/messaging. */
@NullMarked
package org.emporium.statistics.infrastructure.messaging;

import org.jspecify.annotations.NullMarked;
