/** Broken sample. */
@NullMarked
package org.emporium.platform.test.architecture.layering.infrastructure;

import org.jspecify.annotations.NullMarked;
