package org.emporium.identity.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import org.emporium.identity.domain.signin.ClientNetwork;
import org.emporium.identity.domain.signin.KnownNetworks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The networks accounts signed in from, in {@code sign_in_networks}; old rows are deleted by the housekeeping. */
@Repository
class JdbcKnownNetworks implements KnownNetworks {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    JdbcKnownNetworks(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public boolean includes(String account, ClientNetwork network, Instant since) {
        return jdbc.sql("SELECT count(*) FROM sign_in_networks WHERE account = ? AND network = ? AND last_success >= ?")
                        .params(account, network.value(), Timestamp.from(since))
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public void save(String account, ClientNetwork network, Instant at) {
        transactions.executeWithoutResult(
                status -> jdbc.sql("INSERT INTO sign_in_networks (account, network, last_success) VALUES (?, ?, ?)"
                                + " ON CONFLICT (account, network) DO UPDATE SET last_success ="
                                + " greatest(sign_in_networks.last_success, excluded.last_success)")
                        .params(account, network.value(), Timestamp.from(at))
                        .update());
    }
}
