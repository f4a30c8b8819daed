package org.cornerstone.cordapp.flows.common;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.plan.PlanInput;
import org.cornerstone.cordapp.token.AssetTokenState;

/** Holdings of one asset and one holder claimed for a request: refs in claim order and states. */
public final class ClaimedHoldings {

  private final String instrumentId;
  private final MemberX500Name holder;
  private final List<StateRef> refs;
  private final List<AssetTokenState> states;

  public ClaimedHoldings(
      String instrumentId,
      MemberX500Name holder,
      List<StateRef> refs,
      List<AssetTokenState> states) {
    this.instrumentId = instrumentId;
    this.holder = holder;
    this.refs = refs;
    this.states = states;
  }

  public List<StateRef> refs() {
    return refs;
  }

  public List<AssetTokenState> states() {
    return states;
  }

  /** The claimed holdings as inputs of a transaction plan, in claim order. */
  public List<PlanInput<StateRef, AssetTokenState>> planInputs() {
    List<PlanInput<StateRef, AssetTokenState>> inputs = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      inputs.add(new PlanInput<>(refs.get(i), states.get(i)));
    }
    return inputs;
  }

  /** The first holding; issuer, registrar and their keys are the same on all of them. */
  public AssetTokenState template() {
    return states.get(0);
  }

  /** Total quantity claimed. */
  public long quantity() {
    return Holdings.quantity(states, instrumentId, holder);
  }

  /** What is left after spending {@code spent}; refuses when the claim does not cover it. */
  public long changeAfter(long spent) {
    long change = quantity() - spent;
    if (change < 0) {
      throw new IllegalStateException(TokenClaims.INSUFFICIENT_TOKENS + instrumentId);
    }
    return change;
  }

  /** Refuses with {@code message} unless {@code me} is the instrument's registrar. */
  public void requireRegistrar(MemberX500Name me, String message) {
    if (!template().getRegistrar().equals(me)) {
      throw new IllegalArgumentException(message);
    }
  }
}
