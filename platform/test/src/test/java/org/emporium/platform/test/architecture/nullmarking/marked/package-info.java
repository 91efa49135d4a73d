/** Marked. */
@NullMarked
package org.emporium.platform.test.architecture.nullmarking.marked;

import org.jspecify.annotations.NullMarked;
