package org.cornerstone.party.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.ledgergateway.EligibilityRecord;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PauseRecord;
import org.cornerstone.ledgergateway.RegistrarRecords;
import org.cornerstone.party.domain.IdentityDocumentType;
import org.cornerstone.party.domain.InvestorEligibility;
import org.cornerstone.party.domain.InvestorProfile;
import org.cornerstone.party.domain.InvestorStatus;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.UserAccount;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.documents.DocumentInspector;
import org.cornerstone.workflows.investor.InvestorCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvestorOnboardingStepsServiceTest {
  static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private final InvestorOnboardingStepsService steps = new InvestorOnboardingStepsService();
  private final InvestorOnboardingService onboarding = new InvestorOnboardingService();
  private final InvestorQueries queries = new InvestorQueries();
  private final InvestorFakes.Investors investors = new InvestorFakes.Investors();
  private final InvestorFakes.Users users = new InvestorFakes.Users();
  private final InvestorFakes.Process process = new InvestorFakes.Process();
  private final Actor nina = new Actor("nina", "Nina", "inv-000001", Set.of(Role.INVESTOR));

  @BeforeEach
  void submittedProfile() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    users.add(
        new Organisation(
            "cornerstone-operator",
            "Cornerstone Registrar",
            "CN=Cornerstone Registrar, O=Cornerstone Registrar, L=Beijing, C=CN",
            Organisation.Kind.OPERATOR));
    steps.investors = investors;
    steps.parties = users;
    steps.clock = clock;
    onboarding.investors = investors;
    onboarding.parties = users;
    onboarding.process = process;
    onboarding.inspector = new DocumentInspector();
    onboarding.settings = new Settings();
    onboarding.clock = clock;
    queries.investors = investors;
    queries.parties = users;
    queries.process = process;
    queries.clock = clock;
    InvestorProfile profile = new InvestorProfile("INV-000001", "nina", "Nina Newcomer", NOW);
    investors.add(profile);
    profile.processStarted(process.start("INV-000001", "nina"));
    onboarding.submitProfile(
        nina,
        "SG",
        "QUALIFIED",
        List.of(
            new UploadedDocument(
                "passport.pdf", IdentityDocumentType.PASSPORT, InvestorFakes.PDF)));
  }

  /** The ledger's registrar records: what the step asked it to record. */
  static final class RecordedOnLedger implements RegistrarRecords {
    final List<EligibilityRecord> eligibility = new java.util.ArrayList<>();

    @Override
    public Optional<LedgerReceipt> recordEligibility(EligibilityRecord record) {
      eligibility.add(record);
      return Optional.of(new LedgerReceipt("SHA-256:" + "AB".repeat(32), NOW));
    }

    @Override
    public Optional<LedgerReceipt> recordPause(PauseRecord record) {
      throw new AssertionError("no pause here");
    }
  }

  @Test
  void theEligibilityIsRecordedWhereTheLedgersRegistrarSigns() {
    Organisation ninas =
        new Organisation(
            "nina-org",
            "Nina Holdings",
            "CN=Nina Holdings, O=Nina Holdings, L=Singapore, C=SG",
            Organisation.Kind.INVESTOR);
    users.add(ninas);
    users.add(new UserAccount("nina", "Nina", "x", ninas, Set.of(Role.INVESTOR)));
    RecordedOnLedger ledger = new RecordedOnLedger();
    steps.ledgerRecords = ledger;
    process.decided("INV-000001");

    steps.recordEligibility("INV-000001", "SG", InvestorCategory.QUALIFIED);
    steps.recordEligibility("INV-000001", "SG", InvestorCategory.QUALIFIED);

    // once: a retried step returns the earlier record (the request key covers a lost reply)
    assertThat(ledger.eligibility).hasSize(1);
    EligibilityRecord record = ledger.eligibility.get(0);
    assertThat(record.requestKey().value()).isEqualTo("investor-INV-000001.eligibility");
    assertThat(record.registrar().x500())
        .isEqualTo("CN=Cornerstone Registrar, O=Cornerstone Registrar, L=Beijing, C=CN");
    assertThat(record.investor().x500())
        .isEqualTo("CN=Nina Holdings, O=Nina Holdings, L=Singapore, C=SG");
    assertThat(record.eligible()).isTrue();
    assertThat(record.category()).isEqualTo("QUALIFIED");
    assertThat(record.country()).isEqualTo("SG");
    assertThat(record.kycExpiresOn())
        .isEqualTo(investors.eligibility.get("INV-000001").kycExpiresOn());
  }

  @Test
  void recordsEligibilityForTheRegistrarOnce() {
    process.decided("INV-000001");
    String id = steps.recordEligibility("INV-000001", "SG", InvestorCategory.QUALIFIED);
    String again = steps.recordEligibility("INV-000001", "SG", InvestorCategory.QUALIFIED);

    assertThat(id).isEqualTo("ELG-000001").isEqualTo(again);
    assertThat(investors.eligibility).hasSize(1);
    InvestorEligibility record = investors.eligibility.get("INV-000001");
    assertThat(record.country()).isEqualTo("SG");
    assertThat(record.username()).isEqualTo("nina");
    assertThat(record.registrarOrganisation()).contains("cornerstone-operator");
    assertThat(investors.find("INV-000001").orElseThrow().status())
        .isEqualTo(InvestorStatus.ELIGIBLE);

    assertThat(queries.isEligible("nina")).isTrue();
    assertThat(queries.isEligible("ivan")).isFalse();
    InvestorProfileView view = onboarding.myProfile(nina).orElseThrow();
    assertThat(view.details().eligibility().registrar()).isEqualTo("Cornerstone Registrar");
    assertThat(view.details().eligibility().category()).isEqualTo("QUALIFIED");
    assertThat(view.canSubmit()).isFalse();
  }

  @Test
  void recordsTheRejectionWithItsReason() {
    process.decided("INV-000001");
    steps.recordRejection("INV-000001", "Sanctions list match");
    steps.recordRejection("INV-000001", "Sanctions list match");

    InvestorProfile profile = investors.find("INV-000001").orElseThrow();
    assertThat(profile.status()).isEqualTo(InvestorStatus.REJECTED);
    assertThat(profile.rejectionReason()).contains("Sanctions list match");
    assertThat(investors.eligibility).isEmpty();
    assertThat(queries.isEligible("nina")).isFalse();
    assertThatThrownBy(
            () -> steps.recordEligibility("INV-000001", "SG", InvestorCategory.QUALIFIED))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anUnknownInvestorIsAnError() {
    assertThatThrownBy(() -> steps.recordRejection("INV-999999", "x"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("INV-999999");
  }
}
