/** Broken sample. */
@NullMarked
package org.emporium.platform.test.architecture.apiinapplication.application;

import org.jspecify.annotations.NullMarked;
