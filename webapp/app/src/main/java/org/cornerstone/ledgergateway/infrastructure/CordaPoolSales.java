package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PoolSale;
import org.cornerstone.ledgergateway.PoolSales;

/**
 * {@link PoolSales} on a Corda cluster: not yet. The plan ({@code TrueSalePlan}) is in the
 * contracts CPK; the flow pair that builds it on the seller's node and collects the SPV's and the
 * registrar's signatures is the next step (ADR 0026). Until then a closing on Corda stops with this
 * refusal (the step's job retries, then raises an incident) and nothing moves.
 */
@ApplicationScoped
@Typed(CordaPoolSales.class)
public class CordaPoolSales implements PoolSales {
  public static final String NOT_YET =
      "The true sale of a pool is not available on a Corda cluster yet (embedded ledger only).";

  @Override
  public LedgerReceipt sell(PoolSale sale) {
    throw new LedgerException(NOT_YET);
  }
}
