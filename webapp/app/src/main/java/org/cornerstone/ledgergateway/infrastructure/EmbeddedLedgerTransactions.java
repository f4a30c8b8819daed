package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.cornerstone.ledger.embedded.EmbeddedLedger;
import org.cornerstone.ledger.embedded.LedgerHash;
import org.cornerstone.ledgergateway.LedgerTransactionView;
import org.cornerstone.ledgergateway.LedgerTransactions;

/**
 * {@link LedgerTransactions} on the embedded ledger: the stored transaction, its signers by name,
 * and whether it still verifies (id, signatures and stored states).
 */
@ApplicationScoped
@Typed(EmbeddedLedgerTransactions.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedLedgerTransactions implements LedgerTransactions {
  @Inject EmbeddedLedgerAccess access;

  public EmbeddedLedgerTransactions() {}

  EmbeddedLedgerTransactions(EmbeddedLedgerAccess access) {
    this.access = access;
  }

  @Override
  public Optional<LedgerTransactionView> transaction(String transactionId) {
    LedgerHash id;
    try {
      id = LedgerHash.parse(transactionId);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    EmbeddedLedger ledger = access.ledger();
    return ledger
        .transaction(id)
        .map(
            tx ->
                new LedgerTransactionView(
                    tx.id().toString(),
                    tx.committedAt(),
                    tx.commands().stream().map(c -> c.getClass().getSimpleName()).toList(),
                    tx.signatories().stream()
                        .map(
                            k ->
                                access
                                    .parties()
                                    .byKey(k)
                                    .map(p -> p.name().toString())
                                    .orElse("unknown key"))
                        .toList(),
                    ledger.verifyStoredTransaction(id).valid()));
  }
}
