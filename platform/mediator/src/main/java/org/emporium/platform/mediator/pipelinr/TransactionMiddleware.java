package org.emporium.platform.mediator.pipelinr;

import an.awesome.pipelinr.Command;
import org.emporium.platform.mediator.OwnTransactions;
import org.emporium.platform.mediator.Query;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Innermost middleware: a command runs in one read-write transaction (so its state change and its outbox events
 * commit together), a {@link Query} in a read-only one. A request sent while a transaction is active joins it. A
 * command marked {@link OwnTransactions} runs without one: its handler opens its own.
 */
final class TransactionMiddleware implements Command.Middleware {
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;

    TransactionMiddleware(PlatformTransactionManager transactions) {
        this.writes = new TransactionTemplate(transactions);
        this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    @Override
    public <R, C extends Command<R>> R invoke(C command, Next<R> next) {
        var request = PipelinrMediator.unwrap(command);
        if (request instanceof OwnTransactions) {
            return next.invoke();
        }
        var template = request instanceof Query<?> ? reads : writes;
        return template.execute(status -> next.invoke());
    }
}
