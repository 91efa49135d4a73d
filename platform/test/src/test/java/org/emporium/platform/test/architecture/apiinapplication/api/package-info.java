/** Broken sample. */
@NullMarked
package org.emporium.platform.test.architecture.apiinapplication.api;

import org.jspecify.annotations.NullMarked;
