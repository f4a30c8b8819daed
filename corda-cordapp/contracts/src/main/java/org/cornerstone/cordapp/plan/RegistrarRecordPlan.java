package org.cornerstone.cordapp.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.corda.v5.base.types.MemberX500Name;
import org.cornerstone.cordapp.rules.InstrumentPauseState;
import org.cornerstone.cordapp.rules.InvestorEligibilityState;
import org.cornerstone.cordapp.rules.RegistrarRecordContract;

/**
 * The registrar's own records its responders read before they sign (ADR 0008): an investor's
 * eligibility and an instrument's pause. Each plan replaces the current record (if any) of the same
 * investor or instrument, signed by the registrar alone; recording what is already recorded plans
 * nothing ({@link Optional#empty()}), so a repeat is harmless.
 */
public final class RegistrarRecordPlan {

  private RegistrarRecordPlan() {}

  /** What the registrar recorded of an investor; see {@link InvestorEligibilityState}. */
  public record Eligibility(
      MemberX500Name investor, String category, String country, LocalDate kycExpiresOn) {}

  /**
   * Records {@code eligibility} (or, when empty, revokes the investor's eligibility) after {@code
   * current}, the registrar's unconsumed record of the same investor.
   */
  public static <R> Optional<TransactionPlan<R>> eligibility(
      PlanParty registrar,
      MemberX500Name investor,
      Optional<Eligibility> eligibility,
      Optional<PlanInput<R, InvestorEligibilityState>> current) {
    PlanRules.required(registrar, "registrar");
    PlanRules.required(investor, "investor");
    List<R> inputs = current.map(c -> List.of(Objects.requireNonNull(c.ref()))).orElse(List.of());
    if (eligibility.isEmpty()) {
      if (current.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          TransactionPlan.of(
              inputs,
              List.of(),
              List.of(new RegistrarRecordContract.Commands.Revoke()),
              List.of(registrar.key())));
    }
    Eligibility e = eligibility.get();
    if (!investor.equals(e.investor())) {
      throw new IllegalArgumentException("The record names another investor: " + e.investor());
    }
    InvestorEligibilityState next =
        new InvestorEligibilityState(
            investor,
            PlanRules.required(e.category(), "category"),
            PlanRules.required(e.country(), "country"),
            PlanRules.required(e.kycExpiresOn(), "kycExpiresOn"),
            registrar.name(),
            registrar.key());
    if (current.isPresent() && current.get().state().equals(next)) {
      return Optional.empty();
    }
    return Optional.of(
        TransactionPlan.of(
            inputs,
            List.of(next),
            List.of(new RegistrarRecordContract.Commands.Record()),
            List.of(registrar.key())));
  }

  /** Pauses or resumes {@code instrumentId} after {@code current}, its pause record if any. */
  public static <R> Optional<TransactionPlan<R>> pause(
      PlanParty registrar,
      String instrumentId,
      boolean paused,
      String reason,
      Optional<PlanInput<R, InstrumentPauseState>> current) {
    PlanRules.required(registrar, "registrar");
    PlanRules.required(instrumentId, "instrumentId");
    PlanRules.required(reason, "reason");
    if (current.isPresent() && current.get().state().isPaused() == paused) {
      return Optional.empty();
    }
    if (current.isEmpty() && !paused) {
      // never paused: nothing to resume
      return Optional.empty();
    }
    InstrumentPauseState next =
        new InstrumentPauseState(instrumentId, paused, reason, registrar.name(), registrar.key());
    List<R> inputs = current.map(c -> List.of(Objects.requireNonNull(c.ref()))).orElse(List.of());
    return Optional.of(
        TransactionPlan.of(
            inputs,
            List.of(next),
            List.of(new RegistrarRecordContract.Commands.Record()),
            List.of(registrar.key())));
  }
}
