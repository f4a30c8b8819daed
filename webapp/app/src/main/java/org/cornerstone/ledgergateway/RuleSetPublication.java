package org.cornerstone.ledgergateway;

/**
 * Puts an instrument's transfer rules on the ledger (ADR 0008): the registrar records them as the
 * next version of the instrument's rule-set state, which its node reads before it signs a transfer
 * or a DvP. Idempotent by the request key; publishing the rules already in force records nothing
 * and answers the transaction that recorded them.
 */
public interface RuleSetPublication {
  LedgerReceipt publish(RuleSetPublished request);
}
