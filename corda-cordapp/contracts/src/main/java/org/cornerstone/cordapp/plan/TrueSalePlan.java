package org.cornerstone.cordapp.plan;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * The true sale of a securitization's pool (issue 14, ADR 0026): the seller moves its holdings of
 * several instruments to the SPV in one transaction (command {@code Move}: the asset-token contract
 * conserves each instrument's supply), signed by the seller (the holder), the registrar of each
 * instrument and the SPV (the buyer consents to the purchase). Outputs, per leg in order: the SPV's
 * holding, then the seller's change (if any). Both or neither: one leg that cannot be covered fails
 * the whole plan.
 */
public final class TrueSalePlan {
  public static final String NO_LEGS = "A true sale needs at least one leg.";
  public static final String DUPLICATE_LEG = "A true sale names an instrument twice: ";

  private TrueSalePlan() {}

  /** One instrument of the pool and how many of its tokens are sold. */
  public record Leg(String instrumentId, long quantity) {}

  /**
   * {@code holdings}: the seller's unfrozen holdings of the legs' instruments (selected by the
   * caller; holdings of other instruments are ignored).
   */
  public static <R> TransactionPlan<R> plan(
      PlanParty buyer, List<Leg> legs, List<PlanInput<R, AssetTokenState>> holdings) {
    return plan(buyer, legs, holdings, null);
  }

  /**
   * As {@link #plan(PlanParty, List, List)}, notarised within {@code window} (null = none; the
   * embedded ledger): the SPV's holdings are acquired at the window's upper bound.
   */
  public static <R> TransactionPlan<R> plan(
      PlanParty buyer,
      List<Leg> legs,
      List<PlanInput<R, AssetTokenState>> holdings,
      PlanWindow window) {
    PlanRules.required(buyer, "buyer");
    if (legs == null || legs.isEmpty()) {
      throw new IllegalArgumentException(NO_LEGS);
    }
    Set<String> seen = new LinkedHashSet<>();
    List<R> inputs = new ArrayList<>();
    List<ContractState> outputs = new ArrayList<>();
    List<PublicKey> signatories = new ArrayList<>();
    for (Leg leg : legs) {
      String instrumentId = PlanRules.required(leg.instrumentId(), "instrumentId");
      long quantity = PlanRules.positive(leg.quantity(), "quantity");
      if (!seen.add(instrumentId)) {
        throw new IllegalArgumentException(DUPLICATE_LEG + instrumentId);
      }
      List<PlanInput<R, AssetTokenState>> ofLeg =
          holdings.stream().filter(h -> h.state().getInstrumentId().equals(instrumentId)).toList();
      TokenSpend spend = TokenSpend.of(ofLeg, instrumentId, quantity, false);
      inputs.addAll(PlanRules.refs(ofLeg));
      outputs.add(spend.to(buyer, quantity, window == null ? null : window.until()));
      spend.addChangeTo(outputs);
      signatories.add(spend.template().getHolderKey());
      signatories.add(spend.template().getRegistrarKey());
    }
    signatories.add(buyer.key());
    TransactionPlan<R> plan =
        TransactionPlan.of(
            inputs, outputs, List.of(new AssetTokenContract.Commands.Move()), signatories);
    return window == null ? plan : plan.within(window);
  }
}
