package org.cornerstone.party.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.party.domain.InvestorProfile;
import org.cornerstone.party.domain.InvestorRepository;
import org.cornerstone.party.domain.UserRepository;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.documents.DocumentContent;

/**
 * Read side of investor onboarding, for compliance's inbox and task pages and for the registrar. An
 * investor sees only themself; compliance, trustees (also senior trustees, who get overdue reviews)
 * and administrators see every investor. An investor the actor may not see is reported as absent.
 */
@ApplicationScoped
@Transactional
public class InvestorQueries {
  /**
   * Roles that see every investor, by name (SENIOR_TRUSTEE receives escalated compliance reviews).
   */
  static final Set<String> SEE_ALL = Set.of("COMPLIANCE", "TRUSTEE", "SENIOR_TRUSTEE", "ADMIN");

  @Inject InvestorRepository investors;
  @Inject UserRepository parties;
  @Inject InvestorOnboardingProcess process;
  @Inject Clock clock;

  /**
   * One line about an investor (e.g. for a compliance task in an inbox); the caller checks who may
   * see it. The status is as last recorded: {@link #details} brings it up to date.
   */
  public Optional<InvestorSummary> summary(String investorId) {
    return investors.find(investorId).map(InvestorViews::summary);
  }

  /** Everything about an investor, status brought up to date with the process. */
  public Optional<InvestorDetails> details(Actor actor, String investorId) {
    return visible(actor, investorId)
        .map(
            profile -> {
              InvestorViews.sync(profile, process, clock.instant());
              return InvestorViews.details(
                  profile, investors.findEligibility(profile.id()), parties);
            });
  }

  /** An identity document's bytes, for download. */
  public Optional<DocumentContent> document(Actor actor, String investorId, String documentId) {
    return visible(actor, investorId)
        .flatMap(p -> investors.findDocument(p.id(), documentId))
        .map(d -> new DocumentContent(d.fileName(), d.mediaType(), d.content()));
  }

  /** Whether the registrar has recorded this user as an eligible investor. */
  public boolean isEligible(String username) {
    return username != null && investors.findEligibilityByUsername(username).isPresent();
  }

  /** The registrar's eligibility record of this user, if they are eligible. */
  public Optional<InvestorDetails.Eligibility> eligibility(String username) {
    return investors
        .findEligibilityByUsername(username)
        .map(
            e ->
                new InvestorDetails.Eligibility(
                    e.id(),
                    e.country(),
                    e.category().name(),
                    e.approvedAt(),
                    e.registrarOrganisation()
                        .map(id -> parties.findOrganisation(id).map(o -> o.name()).orElse(id))
                        .orElse(null)));
  }

  /** The facts the transfer rules check of this user, if the registrar recorded them eligible. */
  public Optional<EligibilityFacts> eligibilityFacts(String username) {
    return username == null
        ? Optional.empty()
        : investors.findEligibilityByUsername(username).map(InvestorQueries::facts);
  }

  /**
   * The facts the transfer rules check of the holder with this ledger identity (an organisation's
   * X.500 name): its first eligible investor's, if any.
   */
  public Optional<EligibilityFacts> eligibilityOfLedgerParty(String x500Name) {
    return investors.findEligibilityByLedgerIdentity(x500Name).stream()
        .findFirst()
        .map(InvestorQueries::facts);
  }

  private static EligibilityFacts facts(org.cornerstone.party.domain.InvestorEligibility e) {
    return new EligibilityFacts(e.username(), e.category().name(), e.country(), e.kycExpiresOn());
  }

  Optional<InvestorProfile> visible(Actor actor, String investorId) {
    if (investorId == null) {
      return Optional.empty();
    }
    return investors
        .find(investorId)
        .filter(p -> seesAll(actor) || p.username().equals(actor.userId()));
  }

  static boolean seesAll(Actor actor) {
    return actor.roles().stream().anyMatch(r -> SEE_ALL.contains(r.name()));
  }
}
