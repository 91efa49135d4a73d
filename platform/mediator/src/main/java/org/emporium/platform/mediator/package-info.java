/**
 * CQRS wiring: {@link an.awesome.pipelinr.Command} records for changes, {@link org.emporium.platform.mediator.Query}
 * records for reads, each with exactly one handler bean, sent through {@link an.awesome.pipelinr.Pipeline} whose
 * middlewares run logging/metrics, then validation, then the transaction.
 */
package org.emporium.platform.mediator;
