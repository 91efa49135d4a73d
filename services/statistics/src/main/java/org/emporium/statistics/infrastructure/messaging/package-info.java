/** The statistics.events subscription and the routing key to contract type table. */
@NullMarked
package org.emporium.statistics.infrastructure.messaging;

import org.jspecify.annotations.NullMarked;
