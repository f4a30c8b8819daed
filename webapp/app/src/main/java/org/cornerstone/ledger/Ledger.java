package org.cornerstone.ledger;

import java.util.List;
import java.util.Optional;

/**
 * The distributed ledger as the application sees it. Implemented by the embedded ledger
 * (PostgreSQL, same contract code) and by a client of a Corda 5 cluster. Every call that changes
 * the ledger carries a request key and is idempotent by it: a retried workflow step never issues
 * twice.
 */
public interface Ledger {
  /** Records the asset and issues its tokens to the first holder in one signed transaction. */
  LedgerReceipt issueAssetTokens(AssetIssuance issuance);

  List<Holding> holdingsOfAsset(String assetId);

  List<Holding> holdingsOfHolder(String holderX500Name);

  Optional<LedgerTransactionView> transaction(String transactionId);
}
