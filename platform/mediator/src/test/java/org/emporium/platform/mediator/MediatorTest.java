package org.emporium.platform.mediator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.emporium.platform.mediator.sample.SampleRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

@SpringBootTest(classes = MediatorTest.App.class)
class MediatorTest {

    @Configuration
    @ImportAutoConfiguration({
        MediatorAutoConfiguration.class,
        org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration.class
    })
    @Import({
        SampleRequests.RenameHandler.class,
        SampleRequests.GetTransactionStateHandler.class,
        SampleRequests.CallElsewhereHandler.class
    })
    static class App {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        /** A real (resource-less) transaction manager: enough to see the middleware open transactions. */
        @Bean
        AbstractPlatformTransactionManager transactionManager() {
            return new AbstractPlatformTransactionManager() {
                @Override
                protected Object doGetTransaction() {
                    return new Object();
                }

                @Override
                protected void doBegin(
                        Object transaction, org.springframework.transaction.TransactionDefinition definition) {}

                @Override
                protected void doCommit(DefaultTransactionStatus status) {}

                @Override
                protected void doRollback(DefaultTransactionStatus status) {}
            };
        }
    }

    @Autowired
    Mediator mediator;

    @Autowired
    SampleRequests.RenameHandler renameHandler;

    @Autowired
    MeterRegistry meters;

    @Test
    void commandRunsInAReadWriteTransaction() {
        assertThat(mediator.send(new SampleRequests.Rename("shop"))).isEqualTo("SHOP");
        assertThat(renameHandler.sawTransaction).last().isEqualTo(true);
    }

    @Test
    void aCommandWithItsOwnTransactionsRunsOutsideOne() {
        assertThat(mediator.send(new SampleRequests.CallElsewhere())).isFalse();
    }

    @Test
    void queryRunsInAReadOnlyTransaction() {
        assertThat(mediator.send(new SampleRequests.GetTransactionState())).isEqualTo(List.of(true, true));
    }

    @Test
    void invalidCommandNeverReachesItsHandler() {
        var before = renameHandler.sawTransaction.size();
        assertThatThrownBy(() -> mediator.send(new SampleRequests.Rename(" ")))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("name");
        assertThat(renameHandler.sawTransaction).hasSize(before);
    }

    @Test
    void everyRequestIsTimedWithItsOutcome() {
        mediator.send(new SampleRequests.Rename("a"));
        assertThatThrownBy(() -> mediator.send(new SampleRequests.Rename("")));
        assertThat(meters.get("emporium.mediator.requests")
                        .tag("name", "Rename")
                        .tag("outcome", "success")
                        .timer()
                        .count())
                .isPositive();
        assertThat(meters.get("emporium.mediator.requests")
                        .tag("name", "Rename")
                        .tag("outcome", "ConstraintViolationException")
                        .timer()
                        .count())
                .isPositive();
    }

    @Test
    void aRequestWithoutHandlerIsRefusedByName() {
        assertThatThrownBy(() -> mediator.send(new SampleRequests.Unhandled()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Unhandled");
    }
}
