/** Broken sample. */
@NullMarked
package org.emporium.platform.test.architecture.otherservice.application;

import org.jspecify.annotations.NullMarked;
