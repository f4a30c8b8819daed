package org.cornerstone.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.cornerstone.ledgergateway.RegistrarRecords;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.party.domain.InvestorEligibility;
import org.cornerstone.party.domain.InvestorProfile;
import org.cornerstone.party.domain.InvestorRepository;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.UserRepository;
import org.cornerstone.workflows.investor.InvestorCategory;
import org.cornerstone.workflows.investor.InvestorOnboardingSteps;

/** The application's answers to the {@code investor-onboarding} process's service tasks. */
@ApplicationScoped
@Transactional
public class InvestorOnboardingStepsService implements InvestorOnboardingSteps {
  @Inject InvestorRepository investors;
  @Inject UserRepository parties;
  @Inject Clock clock;
  @Inject RegistrarRecords ledgerRecords;

  /** The request key of an investor's eligibility record on the ledger. */
  public static RequestKey eligibilityKey(String investorId) {
    return RequestKey.of("investor-" + investorId + ".eligibility");
  }

  /**
   * Marks the investor eligible and writes the registrar's record, also where the ledger's
   * registrar signs ({@link RegistrarRecords}: on Corda an {@code InvestorEligibilityState} on the
   * registrar's node, in this step, so a ledger failure rolls the step back and the job retries
   * it). A repeat (retried job) returns the record written the first time and changes nothing.
   */
  @Override
  public String recordEligibility(String investorId, String country, InvestorCategory category) {
    InvestorProfile profile = investor(investorId);
    Optional<InvestorEligibility> earlier = investors.findEligibility(investorId);
    if (earlier.isPresent()) {
      return earlier.get().id();
    }
    Instant now = clock.instant();
    var approved = InvestorViews.fromProcess(category);
    profile.eligible(country, approved, now);
    InvestorEligibility eligibility =
        new InvestorEligibility(
            profile,
            country,
            approved,
            now,
            parties
                .findOrganisationOfKind(Organisation.Kind.OPERATOR)
                .map(o -> o.id())
                .orElse(null));
    investors.add(eligibility);
    LedgerEligibility.of(eligibility, parties).ifPresent(r -> ledgerRecords.recordEligibility(r));
    return eligibility.id();
  }

  /** Ends the investor's onboarding in rejection; the reason is shown to them. */
  @Override
  public void recordRejection(String investorId, String reason) {
    investor(investorId).rejected(reason, clock.instant());
  }

  private InvestorProfile investor(String investorId) {
    return investors
        .findForUpdate(investorId)
        .orElseThrow(() -> new IllegalStateException("Unknown investor " + investorId));
  }
}
