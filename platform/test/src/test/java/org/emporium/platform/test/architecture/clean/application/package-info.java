/** The sample use cases. */
@NullMarked
package org.emporium.platform.test.architecture.clean.application;

import org.jspecify.annotations.NullMarked;
