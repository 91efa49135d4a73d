/** Broken on purpose: a service that uses PipelinR directly. */
@NullMarked
package org.emporium.platform.test.architecture.pipelinr;

import org.jspecify.annotations.NullMarked;
