package org.cornerstone.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cornerstone.ledgergateway.EligibilityRecord;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RegistrarRecords;
import org.cornerstone.party.domain.InvestorEligibility;
import org.cornerstone.party.domain.InvestorRepository;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.UserRepository;

/**
 * The registrar's record of an investor's eligibility as the ledger keeps it ({@link
 * RegistrarRecords}): the investor's ledger identity is its organisation's X.500 name, the request
 * key {@code investor-<id>.eligibility} (the same for the onboarding step and the back-fill, so the
 * ledger records it once).
 */
@ApplicationScoped
@Transactional
public class LedgerEligibility {
  @Inject InvestorRepository investors;
  @Inject UserRepository parties;

  /**
   * The ledger's record of {@code eligibility}; empty when no registrar (organisation of kind
   * OPERATOR) is configured or the investor's user has no organisation, as then there is no ledger
   * identity to record it for.
   */
  public static Optional<EligibilityRecord> of(
      InvestorEligibility eligibility, UserRepository parties) {
    Optional<Organisation> registrar = parties.findOrganisationOfKind(Organisation.Kind.OPERATOR);
    Optional<String> ledgerIdentity =
        parties.find(eligibility.username()).map(u -> u.organisation()).map(Organisation::x500Name);
    if (registrar.isEmpty() || ledgerIdentity.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new EligibilityRecord(
            InvestorOnboardingStepsService.eligibilityKey(eligibility.investorId()),
            PartyName.of(registrar.get().x500Name()),
            PartyName.of(ledgerIdentity.get()),
            true,
            eligibility.category().name(),
            eligibility.country(),
            eligibility.kycExpiresOn()));
  }

  /** The ledger's records of every eligible investor, oldest first. */
  public List<EligibilityRecord> all() {
    List<EligibilityRecord> records = new ArrayList<>();
    for (InvestorEligibility e : investors.findAllEligibilities()) {
      of(e, parties).ifPresent(records::add);
    }
    return records;
  }
}
