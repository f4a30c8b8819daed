/**
 * The ledger as the application sees it, one small port per use case: {@link
 * org.cornerstone.ledgergateway.InstrumentIssuance} (new supply of an instrument, cash in and out),
 * {@link org.cornerstone.ledgergateway.HoldingsRegister} (holdings, cap table at a record date, a
 * holder's history), {@link org.cornerstone.ledgergateway.Transfers} (moves and forced transfers),
 * {@link org.cornerstone.ledgergateway.Settlement} (delivery versus payment), {@link
 * org.cornerstone.ledgergateway.HoldingControls} (freeze and unfreeze), {@link
 * org.cornerstone.ledgergateway.LedgerTransactions} (look up a committed transaction), {@link
 * org.cornerstone.ledgergateway.TransactionLogProofs} (proofs from the signed transaction log) and
 * {@link org.cornerstone.ledgergateway.RuleSetPublication} (an instrument's transfer rules on the
 * ledger).
 *
 * <p>Ports take and return records: parties as {@link org.cornerstone.ledgergateway.PartyName},
 * instruments by their id, token quantities as {@code long} whole tokens, money as {@link
 * org.cornerstone.ledgergateway.MoneyAmount} (minor units and currency). Every command carries a
 * {@link org.cornerstone.ledgergateway.RequestKey} and is idempotent by it; it answers with a
 * {@link org.cornerstone.ledgergateway.LedgerReceipt} or throws {@link
 * org.cornerstone.ledgergateway.LedgerException}.
 *
 * <p>Each port has two adapters in {@code infrastructure}: the embedded ledger (PostgreSQL, the
 * CorDapp's contracts, inside the caller's JTA transaction) and a Corda 5 cluster (the CorDapp's
 * flows over its REST API). {@code CORNERSTONE_LEDGER} chooses one for all ports.
 */
package org.cornerstone.ledgergateway;
