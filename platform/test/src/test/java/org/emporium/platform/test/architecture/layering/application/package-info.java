/** Broken sample. */
@NullMarked
package org.emporium.platform.test.architecture.layering.application;

import org.jspecify.annotations.NullMarked;
