package org.emporium.platform.mediator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class AfterTransactionTest {
    private final List<String> effects = new ArrayList<>();
    private final TransactionTemplate transaction = new TransactionTemplate(new AbstractPlatformTransactionManager() {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, org.springframework.transaction.TransactionDefinition definition) {}

        @Override
        protected void doCommit(DefaultTransactionStatus status) {}

        @Override
        protected void doRollback(DefaultTransactionStatus status) {}
    });

    private void register() {
        AfterTransaction.commit(() -> effects.add("commit"));
        AfterTransaction.rollback(() -> effects.add("rollback"));
        AfterTransaction.completion(() -> effects.add("completion"));
    }

    @Test
    void commitHooksWaitForTheCommit() {
        transaction.executeWithoutResult(status -> {
            register();
            assertThat(effects).isEmpty();
        });
        assertThat(effects).containsExactly("commit", "completion");
    }

    @Test
    void aRollbackRunsOnlyTheRollbackAndCompletionHooks() {
        transaction.executeWithoutResult(status -> {
            register();
            status.setRollbackOnly();
        });
        assertThat(effects).containsExactlyInAnyOrder("rollback", "completion");
    }

    @Test
    void withoutATransactionWorkRunsAsIfCommitted() {
        register();
        assertThat(effects).containsExactly("commit", "completion");
    }
}
