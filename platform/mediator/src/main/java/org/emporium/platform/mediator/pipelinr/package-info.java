/** The mediator on PipelinR: the one place that knows the library. */
package org.emporium.platform.mediator.pipelinr;
