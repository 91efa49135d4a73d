/** Health, metrics, tracing and logging defaults shared by every deployable. */
@NullMarked
package org.emporium.platform.observability;

import org.jspecify.annotations.NullMarked;
