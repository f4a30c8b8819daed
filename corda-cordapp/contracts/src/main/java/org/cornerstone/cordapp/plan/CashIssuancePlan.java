package org.cornerstone.cordapp.plan;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;

/**
 * Cash issue: the settlement bank takes deposits and issues cash of one cash instrument to the
 * depositors (command {@code Issue}, signed by the bank). No inputs; one output per allocation.
 */
public final class CashIssuancePlan {

  private CashIssuancePlan() {}

  /** {@code amount} minor units for {@code holder}. */
  public record Allocation(PlanParty holder, long amount) {}

  /** Issue cash of {@code cashInstrumentId} ({@code currency}) from {@code bank}. */
  public record Request(
      String cashInstrumentId, String currency, PlanParty bank, List<Allocation> allocations) {

    public Request {
      allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }
  }

  public static <R> TransactionPlan<R> plan(Request request) {
    String instrumentId = PlanRules.required(request.cashInstrumentId(), "cashInstrumentId");
    String currency = PlanRules.required(request.currency(), "currency");
    PlanParty bank = PlanRules.required(request.bank(), "bank");
    if (request.allocations().isEmpty()) {
      throw new IllegalArgumentException(PlanRules.NO_ALLOCATIONS);
    }
    List<ContractState> outputs = new ArrayList<>();
    for (Allocation allocation : request.allocations()) {
      PlanParty holder = PlanRules.required(allocation.holder(), "holder");
      outputs.add(
          new CashTokenState(
              instrumentId,
              currency,
              bank.name(),
              bank.key(),
              holder.name(),
              holder.key(),
              PlanRules.positive(allocation.amount(), "amount")));
    }
    return TransactionPlan.of(
        List.of(), outputs, List.of(new CashTokenContract.Commands.Issue()), List.of(bank.key()));
  }
}
