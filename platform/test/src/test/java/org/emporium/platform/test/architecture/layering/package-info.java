/** Broken on purpose: the application reaches out into the infrastructure. */
@NullMarked
package org.emporium.platform.test.architecture.layering;

import org.jspecify.annotations.NullMarked;
