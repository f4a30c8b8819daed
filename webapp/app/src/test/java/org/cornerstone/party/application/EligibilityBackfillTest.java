package org.cornerstone.party.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.ledgergateway.EligibilityRecord;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PauseRecord;
import org.cornerstone.ledgergateway.RegistrarRecords;
import org.cornerstone.party.domain.InvestorCategory;
import org.cornerstone.party.domain.InvestorEligibility;
import org.cornerstone.party.domain.InvestorProfile;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.UserAccount;
import org.cornerstone.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EligibilityBackfillTest {
  static final Instant APPROVED = Instant.parse("2026-11-23T08:00:00Z");
  static final String REGISTRAR =
      "CN=Cornerstone Registrar, O=Cornerstone Registrar, L=Beijing, C=CN";
  static final String IVY =
      "CN=Ivy Capital Management, O=Ivy Capital Management, L=Hong Kong, C=HK";
  static final String JADE = "CN=Jade Fund, O=Jade Fund, L=Singapore, C=SG";

  private final InvestorFakes.Investors investors = new InvestorFakes.Investors();
  private final InvestorFakes.Users users = new InvestorFakes.Users();
  private final Ledger ledger = new Ledger();
  private final EligibilityBackfill backfill = new EligibilityBackfill();

  /** The registrar's records on the ledger: what was asked, and whether it is reachable. */
  static final class Ledger implements RegistrarRecords {
    final List<EligibilityRecord> asked = new ArrayList<>();
    final List<String> recorded = new ArrayList<>();
    boolean reachable = true;
    boolean embedded;

    @Override
    public Optional<LedgerReceipt> recordEligibility(EligibilityRecord record) {
      asked.add(record);
      if (embedded) {
        return Optional.empty();
      }
      if (!reachable) {
        throw new LedgerException("The Corda cluster is not reachable right now: refused");
      }
      recorded.add(record.requestKey().value());
      return Optional.of(new LedgerReceipt("SHA-256:" + record.requestKey().value(), APPROVED));
    }

    @Override
    public Optional<LedgerReceipt> recordPause(PauseRecord record) {
      throw new AssertionError("no pause expected");
    }
  }

  @BeforeEach
  void investors() {
    users.add(
        new Organisation(
            "cornerstone-operator",
            "Cornerstone Registrar",
            REGISTRAR,
            Organisation.Kind.OPERATOR));
    eligible("INV-000001", "ivan", IVY, "HK", InvestorCategory.INSTITUTIONAL);
    eligible("INV-000002", "jade", JADE, "SG", InvestorCategory.QUALIFIED);
    LedgerEligibility records = new LedgerEligibility();
    records.investors = investors;
    records.parties = users;
    backfill.eligibility = records;
    backfill.ledgerRecords = ledger;
  }

  private void eligible(
      String id, String username, String x500, String country, InvestorCategory category) {
    Organisation org =
        new Organisation(username + "-org", username, x500, Organisation.Kind.INVESTOR);
    users.add(org);
    users.add(new UserAccount(username, username, "x", org, Set.of(Role.INVESTOR)));
    InvestorProfile profile = new InvestorProfile(id, username, username, APPROVED);
    investors.add(profile);
    investors.add(
        new InvestorEligibility(profile, country, category, APPROVED, "cornerstone-operator"));
  }

  @Test
  void everyEligibleInvestorIsRecordedForTheRegistrarUnderTheOnboardingStepsRequestKey() {
    assertThat(backfill.recordMissing()).isZero();

    assertThat(ledger.asked).hasSize(2);
    EligibilityRecord ivan = ledger.asked.get(0);
    assertThat(ivan.requestKey())
        .isEqualTo(InvestorOnboardingStepsService.eligibilityKey("INV-000001"));
    assertThat(ivan.requestKey().value()).isEqualTo("investor-INV-000001.eligibility");
    assertThat(ivan.registrar().x500()).isEqualTo(REGISTRAR);
    assertThat(ivan.investor().x500()).isEqualTo(IVY);
    assertThat(ivan.eligible()).isTrue();
    assertThat(ivan.category()).isEqualTo("INSTITUTIONAL");
    assertThat(ivan.country()).isEqualTo("HK");
    assertThat(ivan.kycExpiresOn()).isEqualTo(LocalDate.parse("2027-11-23"));
    EligibilityRecord jade = ledger.asked.get(1);
    assertThat(jade.investor().x500()).isEqualTo(JADE);
    assertThat(jade.category()).isEqualTo("QUALIFIED");
    assertThat(jade.country()).isEqualTo("SG");
  }

  @Test
  void whatWasRecordedIsNotAskedAgain() {
    backfill.recordMissing();
    eligible(
        "INV-000003",
        "kai",
        "CN=Kai Partners, O=Kai Partners, L=Macau, C=MO",
        "MO",
        InvestorCategory.RETAIL);

    assertThat(backfill.recordMissing()).isZero();

    assertThat(ledger.asked)
        .extracting(r -> r.requestKey().value())
        .containsExactly(
            "investor-INV-000001.eligibility",
            "investor-INV-000002.eligibility",
            "investor-INV-000003.eligibility");
  }

  @Test
  void recordsTheLedgerDidNotTakeAreTriedAgainOnTheNextRound() {
    ledger.reachable = false;
    assertThat(backfill.recordMissing()).isEqualTo(2);
    assertThat(ledger.recorded).isEmpty();

    ledger.reachable = true;
    assertThat(backfill.recordMissing()).isZero();

    assertThat(ledger.recorded)
        .containsExactly("investor-INV-000001.eligibility", "investor-INV-000002.eligibility");
    assertThat(backfill.recordMissing()).isZero();
    assertThat(ledger.asked).hasSize(4);
  }

  @Test
  void onTheEmbeddedLedgerNothingIsRecordedAndNothingRetried() {
    ledger.embedded = true;

    assertThat(backfill.recordMissing()).isZero();
    assertThat(backfill.recordMissing()).isZero();

    assertThat(ledger.recorded).isEmpty();
    assertThat(ledger.asked).hasSize(2);
  }

  @Test
  void withoutARegistrarOrganisationThereIsNothingToRecord() {
    InvestorFakes.Users noRegistrar = new InvestorFakes.Users();
    users.findAll().forEach(noRegistrar::add);
    ((LedgerEligibility) backfill.eligibility).parties = noRegistrar;

    assertThat(backfill.recordMissing()).isZero();
    assertThat(ledger.asked).isEmpty();
  }

  @Test
  void retriesWaitLongerEachTimeUpToFiveMinutes() {
    assertThat(EligibilityBackfill.retryDelay(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(EligibilityBackfill.retryDelay(2)).isEqualTo(Duration.ofSeconds(4));
    assertThat(EligibilityBackfill.retryDelay(5)).isEqualTo(Duration.ofSeconds(32));
    assertThat(EligibilityBackfill.retryDelay(9)).isEqualTo(Duration.ofMinutes(5));
    assertThat(EligibilityBackfill.retryDelay(1000)).isEqualTo(Duration.ofMinutes(5));
  }
}
