package org.cornerstone.cordapp.flows.common;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.plan.PlanInput;

/**
 * Cash of one instrument, currency, bank and holder claimed for a request: refs in claim order and
 * states. The cash counterpart of {@link ClaimedHoldings}.
 */
public final class ClaimedCash {

  private final String currency;
  private final MemberX500Name holder;
  private final List<StateRef> refs;
  private final List<CashTokenState> states;
  private final String shortfall;

  public ClaimedCash(
      String currency,
      MemberX500Name holder,
      List<StateRef> refs,
      List<CashTokenState> states,
      String shortfall) {
    this.currency = currency;
    this.holder = holder;
    this.refs = refs;
    this.states = states;
    this.shortfall = shortfall;
  }

  public List<StateRef> refs() {
    return refs;
  }

  public List<CashTokenState> states() {
    return states;
  }

  /** The claimed cash as inputs of a transaction plan, in claim order. */
  public List<PlanInput<StateRef, CashTokenState>> planInputs() {
    List<PlanInput<StateRef, CashTokenState>> inputs = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      inputs.add(new PlanInput<>(refs.get(i), states.get(i)));
    }
    return inputs;
  }

  /** Total amount claimed, in minor units. */
  public long amount() {
    return Holdings.amount(states, currency, holder);
  }

  /** What is left after paying {@code spent}; refuses when the claim does not cover it. */
  public long changeAfter(long spent) {
    long change = amount() - spent;
    if (change < 0) {
      throw new IllegalStateException(shortfall + currency);
    }
    return change;
  }
}
