package org.cornerstone.cordapp.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.asset.AssetContract;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.asset.AssetStatus;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Asset issuance: registers an asset ({@link AssetState}, command {@code Create}, signed by issuer
 * and trustee) and issues its tokens to the allocated holders in the same transaction (one {@link
 * AssetTokenState} per allocation, command {@code Issue}). No inputs.
 */
public final class IssuancePlan {

  private IssuancePlan() {}

  /** {@code quantity} whole tokens for {@code holder}. */
  public record Allocation(PlanParty holder, long quantity) {}

  /**
   * What to issue. {@code instrumentId} is the instrument the tokens are; when null or blank the
   * asset id stands in for it (issuances from before instruments existed).
   */
  public record Request(
      String assetId,
      String instrumentId,
      AssetKind kind,
      PlanParty issuer,
      PlanParty trustee,
      PlanParty registrar,
      String diligenceDigest,
      long valuationMinorUnits,
      String valuationCurrency,
      List<Allocation> allocations) {

    public Request {
      allocations = allocations == null ? List.of() : List.copyOf(allocations);
    }

    /** The instrument id the tokens carry. */
    public String effectiveInstrumentId() {
      return instrumentId == null || instrumentId.isBlank() ? assetId : instrumentId;
    }
  }

  /** The asset first, then one holding per allocation in request order; no time window. */
  public static <R> TransactionPlan<R> plan(Request request) {
    return plan(request, null);
  }

  /**
   * As {@link #plan(Request)}, notarised within {@code window} (null = none): every holding is
   * acquired at the window's upper bound.
   */
  public static <R> TransactionPlan<R> plan(Request request, PlanWindow window) {
    Objects.requireNonNull(request, "request");
    String assetId = PlanRules.required(request.assetId(), "assetId");
    AssetKind kind = PlanRules.required(request.kind(), "kind");
    PlanParty issuer = PlanRules.required(request.issuer(), "issuer");
    PlanParty trustee = PlanRules.required(request.trustee(), "trustee");
    PlanParty registrar = PlanRules.required(request.registrar(), "registrar");
    if (request.allocations().isEmpty()) {
      throw new IllegalArgumentException(PlanRules.NO_ALLOCATIONS);
    }
    String instrumentId = request.effectiveInstrumentId();
    AssetState asset =
        new AssetState(
            assetId,
            instrumentId,
            kind,
            issuer.name(),
            issuer.key(),
            trustee.name(),
            trustee.key(),
            registrar.name(),
            registrar.key(),
            request.diligenceDigest(),
            AssetStatus.ACTIVE,
            request.valuationMinorUnits(),
            request.valuationCurrency());
    List<ContractState> outputs = new ArrayList<>();
    outputs.add(asset);
    long total = 0;
    for (Allocation allocation : request.allocations()) {
      PlanParty holder = PlanRules.required(allocation.holder(), "holder");
      long quantity = PlanRules.positive(allocation.quantity(), "quantity");
      total = Math.addExact(total, quantity);
      outputs.add(
          new AssetTokenState(
              instrumentId,
              issuer.name(),
              issuer.key(),
              holder.name(),
              holder.key(),
              registrar.name(),
              registrar.key(),
              quantity,
              false,
              window == null ? null : window.until()));
    }
    TransactionPlan<R> plan =
        TransactionPlan.of(
            List.of(),
            outputs,
            List.of(new AssetContract.Commands.Create(), new AssetTokenContract.Commands.Issue()),
            List.of(issuer.key(), trustee.key()));
    return window == null ? plan : plan.within(window);
  }

  /** Total tokens a plan of this request issues. */
  public static long totalQuantity(Request request) {
    long total = 0;
    for (Allocation allocation : request.allocations()) {
      total = Math.addExact(total, allocation.quantity());
    }
    return total;
  }
}
