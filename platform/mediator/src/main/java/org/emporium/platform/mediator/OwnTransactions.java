package org.emporium.platform.mediator;

/**
 * Marks a {@link Command} whose handler opens its own short transactions instead of running in the one the
 * mediator opens around every command. For a command that calls other services: a transaction holds a pooled
 * connection (and whatever rows it locked) from its first statement to its end, so a handler that makes HTTP calls
 * inside it ties the pool to the other services' latency. Such a handler makes its calls outside any transaction
 * and writes in a {@code TransactionTemplate} of its own; its state change and its outbox events still commit
 * together, in that write transaction.
 */
public interface OwnTransactions {}
