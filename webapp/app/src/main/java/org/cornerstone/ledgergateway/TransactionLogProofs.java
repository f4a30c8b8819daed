package org.cornerstone.ledgergateway;

import java.util.Optional;

/**
 * The ledger's signed transaction log (ADR 0018) as proofs for holders and auditors: that a
 * transaction is in the log under the notary's signed head (inclusion), and that a later head
 * extends an earlier one (consistency). Each answer is a self-contained JSON document an outside
 * auditor checks alone ({@code VerifyLedger --proof}). Only the embedded ledger keeps such a log.
 */
public interface TransactionLogProofs {
  /** Whether this ledger keeps a signed transaction log at all (the Corda adapter does not). */
  boolean keepsALog();

  /**
   * Whether {@code party} is a party to the transaction: one of its signatories, or a participant
   * of a state it consumed or produced. False when there is no such transaction.
   */
  boolean isParty(String transactionId, PartyName party);

  /** The inclusion proof of the transaction under the latest signed head; empty if not logged. */
  Optional<LogProofDocument> inclusionProof(String transactionId);

  /**
   * The latest signed tree head (the notary's head of the empty log while nothing is committed).
   */
  SignedTreeHead latestTreeHead();

  /**
   * The proof that the signed head of size {@code toSize} extends that of size {@code fromSize};
   * empty if the log has no signed head of either size.
   */
  Optional<LogProofDocument> consistencyProof(long fromSize, long toSize);
}
