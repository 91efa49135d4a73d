/** Broken on purpose: the application returns an api DTO. */
@NullMarked
package org.emporium.platform.test.architecture.apiinapplication;

import org.jspecify.annotations.NullMarked;
