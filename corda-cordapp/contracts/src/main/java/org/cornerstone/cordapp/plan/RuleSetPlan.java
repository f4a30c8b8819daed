package org.cornerstone.cordapp.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cornerstone.cordapp.rules.TransferRuleSetContract;
import org.cornerstone.cordapp.rules.TransferRuleSetState;

/**
 * Publishing an instrument's transfer rules (ADR 0008): the registrar records the next version of
 * the instrument's {@link TransferRuleSetState} (version 1, or the current version + 1, consuming
 * the current one), command {@code Publish}, signed by the registrar alone. Publishing the rules
 * already in force plans nothing ({@link Optional#empty()}): a repeat is harmless.
 */
public final class RuleSetPlan {

  private RuleSetPlan() {}

  /**
   * The rules the registrar checks from ledger data and its own records; 0 = no limit, empty lists
   * = any country or any category.
   */
  public record Rules(
      boolean tradingHalted,
      Instant lockedUntil,
      List<String> allowedCountries,
      List<String> deniedCountries,
      int maxHolders,
      long minHolding,
      long maxHolding,
      long holdingPeriodSeconds,
      List<String> eligibleCategories) {

    public Rules {
      eligibleCategories = eligibleCategories == null ? List.of() : List.copyOf(eligibleCategories);
      allowedCountries = allowedCountries == null ? List.of() : List.copyOf(allowedCountries);
      deniedCountries = deniedCountries == null ? List.of() : List.copyOf(deniedCountries);
    }

    /** The rules a rule-set state holds. */
    public static Rules of(TransferRuleSetState state) {
      return new Rules(
          state.isTradingHalted(),
          state.getLockedUntil(),
          state.getAllowedCountries(),
          state.getDeniedCountries(),
          state.getMaxHolders(),
          state.getMinHolding(),
          state.getMaxHolding(),
          state.getHoldingPeriodSeconds(),
          state.getEligibleCategories());
    }
  }

  /** {@code registrar} publishes {@code rules} for {@code instrumentId}. */
  public record Request(String instrumentId, PlanParty registrar, Rules rules) {}

  /**
   * The plan publishing the request's rules after {@code current} (the instrument's unconsumed rule
   * set, if any); empty when {@code current} already holds these rules.
   */
  public static <R> Optional<TransactionPlan<R>> plan(
      Request request, Optional<PlanInput<R, TransferRuleSetState>> current) {
    String instrumentId = PlanRules.required(request.instrumentId(), "instrumentId");
    PlanParty registrar = PlanRules.required(request.registrar(), "registrar");
    Rules rules = PlanRules.required(request.rules(), "rules");
    if (current.isPresent() && Rules.of(current.get().state()).equals(rules)) {
      return Optional.empty();
    }
    int version = current.map(c -> c.state().getVersion() + 1).orElse(1);
    TransferRuleSetState next =
        new TransferRuleSetState(
            instrumentId,
            version,
            registrar.name(),
            registrar.key(),
            rules.tradingHalted(),
            rules.lockedUntil(),
            rules.allowedCountries(),
            rules.deniedCountries(),
            rules.maxHolders(),
            rules.minHolding(),
            rules.maxHolding(),
            rules.holdingPeriodSeconds(),
            rules.eligibleCategories());
    List<R> inputs = current.map(c -> List.of(Objects.requireNonNull(c.ref()))).orElse(List.of());
    return Optional.of(
        TransactionPlan.of(
            inputs,
            List.of(next),
            List.of(new TransferRuleSetContract.Commands.Publish()),
            List.of(registrar.key())));
  }
}
