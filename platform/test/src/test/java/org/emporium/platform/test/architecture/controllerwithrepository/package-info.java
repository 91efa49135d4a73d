/** Broken on purpose: controllers that load and save themselves. */
@NullMarked
package org.emporium.platform.test.architecture.controllerwithrepository;

import org.jspecify.annotations.NullMarked;
