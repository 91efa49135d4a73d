/** Broken sample. */
@NullMarked
package org.emporium.platform.test.architecture.pipelinr.application;

import org.jspecify.annotations.NullMarked;
