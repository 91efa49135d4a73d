/** Adapters: persistence, messaging, the live stream, configuration. */
@NullMarked
package org.emporium.statistics.infrastructure;

import org.jspecify.annotations.NullMarked;
