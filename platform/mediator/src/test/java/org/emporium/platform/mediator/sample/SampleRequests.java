package org.emporium.platform.mediator.sample;

import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import org.emporium.platform.mediator.Command;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.mediator.OwnTransactions;
import org.emporium.platform.mediator.Query;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A tiny application used by the mediator's tests. */
public final class SampleRequests {
    private SampleRequests() {}

    public record Rename(@NotBlank String name) implements Command<String> {}

    public record GetTransactionState() implements Query<List<Boolean>> {}

    /** Its handler opens its own transactions. */
    public record CallElsewhere() implements Command<Boolean>, OwnTransactions {}

    /** Nobody handles it. */
    public record Unhandled() implements Command<String> {}

    @Component
    public static class RenameHandler implements Handler<Rename, String> {
        public final List<Boolean> sawTransaction = new ArrayList<>();

        @Override
        public String handle(Rename command) {
            sawTransaction.add(TransactionSynchronizationManager.isActualTransactionActive()
                    && !TransactionSynchronizationManager.isCurrentTransactionReadOnly());
            return command.name().toUpperCase();
        }
    }

    @Component
    public static class CallElsewhereHandler implements Handler<CallElsewhere, Boolean> {
        @Override
        public Boolean handle(CallElsewhere command) {
            return TransactionSynchronizationManager.isActualTransactionActive();
        }
    }

    @Component
    public static class GetTransactionStateHandler implements Handler<GetTransactionState, List<Boolean>> {
        @Override
        public List<Boolean> handle(GetTransactionState query) {
            return List.of(
                    TransactionSynchronizationManager.isActualTransactionActive(),
                    TransactionSynchronizationManager.isCurrentTransactionReadOnly());
        }
    }
}
