/**
 * CQRS: {@link org.emporium.platform.mediator.Command} records for changes, {@link
 * org.emporium.platform.mediator.Query} records for reads, each with exactly one {@link
 * org.emporium.platform.mediator.Handler} bean, sent through the {@link org.emporium.platform.mediator.Mediator}
 * whose pipeline runs logging/metrics, then validation, then the transaction. The library behind it (PipelinR)
 * stays inside {@code pipelinr/}.
 */
@NullMarked
package org.emporium.platform.mediator;

import org.jspecify.annotations.NullMarked;
