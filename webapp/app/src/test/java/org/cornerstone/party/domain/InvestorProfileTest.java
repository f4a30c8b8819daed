package org.cornerstone.party.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvestorProfileTest {
  static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  static InvestorProfile registered() {
    return new InvestorProfile(InvestorProfile.idFor(7), "nina", "Nina Newcomer", NOW);
  }

  static InvestorProfile submitted() {
    InvestorProfile profile = registered();
    profile.attach(
        new IdentityDocument(
            "d1",
            profile,
            IdentityDocumentType.PASSPORT,
            "p.pdf",
            "application/pdf",
            new byte[] {1},
            "h",
            NOW));
    profile.submitProfile("HK", InvestorCategory.RETAIL, NOW);
    return profile;
  }

  @Test
  void idsComeFromTheSequenceNumber() {
    assertThat(InvestorProfile.idFor(7)).isEqualTo("INV-000007");
    assertThat(InvestorEligibility.idFor("INV-000007")).isEqualTo("ELG-000007");
  }

  @Test
  void aProfileNeedsDocumentsBeforeItIsSubmitted() {
    assertThatThrownBy(() -> registered().submitProfile("HK", InvestorCategory.RETAIL, NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void movesThroughReviewSendBackAndApproval() {
    InvestorProfile profile = submitted();
    profile.awaitingCompliance(true, NOW);
    assertThat(profile.status()).isEqualTo(InvestorStatus.IN_COMPLIANCE_REVIEW);
    profile.awaitingCompliance(false, NOW);
    assertThat(profile.status()).isEqualTo(InvestorStatus.PROFILE_SUBMITTED);
    profile.sentBack("More please", NOW);
    profile.sentBack("More please", NOW);
    assertThat(profile.status()).isEqualTo(InvestorStatus.SENT_BACK);
    assertThatThrownBy(() -> profile.eligible("HK", InvestorCategory.RETAIL, NOW))
        .isInstanceOf(IllegalStateException.class);
    profile.submitProfile("HK", InvestorCategory.QUALIFIED, NOW);
    profile.eligible("HK", InvestorCategory.QUALIFIED, NOW);
    profile.eligible("HK", InvestorCategory.QUALIFIED, NOW);
    assertThat(profile.status()).isEqualTo(InvestorStatus.ELIGIBLE);
    assertThat(profile.decidedAt()).contains(NOW);
  }

  @Test
  void aDecidedProfileStaysDecided() {
    InvestorProfile profile = submitted();
    profile.rejected("No", NOW);
    profile.rejected("No", NOW);
    assertThat(profile.status()).isEqualTo(InvestorStatus.REJECTED);
    assertThatThrownBy(() -> profile.rejected("Other reason", NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> profile.submitProfile("HK", InvestorCategory.RETAIL, NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> profile.sentBack("x", NOW)).isInstanceOf(IllegalStateException.class);
  }
}
