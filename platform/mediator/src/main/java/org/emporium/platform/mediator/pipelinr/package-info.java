/** The mediator on PipelinR: the one place that knows the library. */
@NullMarked
package org.emporium.platform.mediator.pipelinr;

import org.jspecify.annotations.NullMarked;
