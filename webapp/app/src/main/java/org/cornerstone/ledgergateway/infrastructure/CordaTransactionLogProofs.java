package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Optional;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LogProofDocument;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.SignedTreeHead;
import org.cornerstone.ledgergateway.TransactionLogProofs;

/**
 * {@link TransactionLogProofs} on a Corda 5 cluster: Corda's notary keeps no Merkle log of the
 * transactions it notarises, so there is nothing to prove from (the application answers so before
 * asking).
 */
@ApplicationScoped
@Typed(CordaTransactionLogProofs.class)
public class CordaTransactionLogProofs implements TransactionLogProofs {
  static final String NO_LOG = "A Corda 5 notary keeps no signed transaction log.";

  @Override
  public boolean keepsALog() {
    return false;
  }

  @Override
  public boolean isParty(String transactionId, PartyName party) {
    return false;
  }

  @Override
  public Optional<LogProofDocument> inclusionProof(String transactionId) {
    throw new LedgerException(NO_LOG);
  }

  @Override
  public SignedTreeHead latestTreeHead() {
    throw new LedgerException(NO_LOG);
  }

  @Override
  public Optional<LogProofDocument> consistencyProof(long fromSize, long toSize) {
    throw new LedgerException(NO_LOG);
  }
}
