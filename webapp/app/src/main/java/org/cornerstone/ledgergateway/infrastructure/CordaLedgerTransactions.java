package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Optional;
import org.cornerstone.ledgergateway.LedgerTransactionView;
import org.cornerstone.ledgergateway.LedgerTransactions;

/**
 * {@link LedgerTransactions} on a Corda 5 cluster. Corda 5.2's REST API has no transaction lookup
 * and the vault answers for states, not transactions, so this finds none (issue 11 adds a query
 * flow for it).
 */
@ApplicationScoped
@Typed(CordaLedgerTransactions.class)
public class CordaLedgerTransactions implements LedgerTransactions {
  @Override
  public Optional<LedgerTransactionView> transaction(String transactionId) {
    return Optional.empty();
  }
}
