/** A service with the one shape: every rule passes. */
@NullMarked
package org.emporium.platform.test.architecture.clean;

import org.jspecify.annotations.NullMarked;
