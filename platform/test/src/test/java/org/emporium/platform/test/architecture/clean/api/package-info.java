/** The sample HTTP API. */
@NullMarked
package org.emporium.platform.test.architecture.clean.api;

import org.jspecify.annotations.NullMarked;
