package org.cornerstone.ledgergateway;

/**
 * Creates and removes an instrument's supply: an asset's tokens when it is tokenized (and their
 * redemption), cash tokens against deposits and withdrawals. Each call is idempotent by its request
 * key: a retried step gets the receipt of the transaction made the first time.
 */
public interface InstrumentIssuance {
  /** Records the asset and issues its tokens to the first holder in one signed transaction. */
  LedgerReceipt issue(AssetIssuance issuance);

  /** Removes tokens from the supply, handed back by their holder to the issuer. */
  LedgerReceipt redeem(TokenRedemption redemption);

  /** The settlement bank issues cash tokens to a holder. */
  LedgerReceipt issueCash(CashIssuance issuance);

  /** The settlement bank takes back and removes a holder's cash tokens. */
  LedgerReceipt redeemCash(CashRedemption redemption);
}
