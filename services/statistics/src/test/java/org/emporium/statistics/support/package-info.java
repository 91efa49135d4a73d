/** Test support. */
@NullMarked
package org.emporium.statistics.support;

import org.jspecify.annotations.NullMarked;
