package org.cornerstone.party.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.cornerstone.party.domain.IdentityDocument;
import org.cornerstone.party.domain.IdentityDocumentType;
import org.cornerstone.party.domain.InvestorProfile;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvestorQueriesTest {
  static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
  private final InvestorQueries queries = new InvestorQueries();
  private final InvestorFakes.Investors investors = new InvestorFakes.Investors();

  private static Actor actor(String user, Role role) {
    return new Actor(user, user, "org", Set.of(role));
  }

  @BeforeEach
  void investorWithADocument() {
    queries.investors = investors;
    queries.parties = new InvestorFakes.Users();
    queries.process = new InvestorFakes.Process();
    queries.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    InvestorProfile nina = new InvestorProfile("INV-000001", "nina", "Nina Newcomer", NOW);
    nina.attach(
        new IdentityDocument(
            "doc-1",
            nina,
            IdentityDocumentType.PASSPORT,
            "passport.pdf",
            "application/pdf",
            InvestorFakes.PDF,
            "hash",
            NOW));
    investors.add(nina);
  }

  @Test
  void theInvestorAndTheReviewersSeeTheInvestor() {
    for (Actor allowed :
        new Actor[] {
          actor("nina", Role.INVESTOR),
          actor("carl", Role.COMPLIANCE),
          actor("tom", Role.TRUSTEE),
          actor("ada", Role.ADMIN)
        }) {
      assertThat(queries.details(allowed, "INV-000001"))
          .as(allowed.userId())
          .hasValueSatisfying(
              d -> {
                assertThat(d.summary().legalName()).isEqualTo("Nina Newcomer");
                assertThat(d.documents())
                    .extracting(InvestorDetails.DocumentInfo::id)
                    .containsExactly("doc-1");
              });
      assertThat(queries.document(allowed, "INV-000001", "doc-1"))
          .as(allowed.userId())
          .hasValueSatisfying(c -> assertThat(c.content()).isEqualTo(InvestorFakes.PDF));
    }
  }

  @Test
  void otherInvestorsAndOtherRolesSeeNothing() {
    for (Actor denied :
        new Actor[] {actor("ivan", Role.INVESTOR), actor("olivia", Role.ORIGINATOR)}) {
      assertThat(queries.details(denied, "INV-000001")).as(denied.userId()).isEmpty();
      assertThat(queries.document(denied, "INV-000001", "doc-1")).as(denied.userId()).isEmpty();
    }
  }

  @Test
  void unknownInvestorsAndDocumentsAreAbsent() {
    Actor carl = actor("carl", Role.COMPLIANCE);
    assertThat(queries.details(carl, "INV-404")).isEmpty();
    assertThat(queries.details(carl, null)).isEmpty();
    assertThat(queries.document(carl, "INV-000001", "doc-404")).isEmpty();
    assertThat(queries.summary("INV-404")).isEmpty();
  }

  @Test
  void summaryForTheInbox() {
    InvestorSummary summary = queries.summary("INV-000001").orElseThrow();
    assertThat(summary.username()).isEqualTo("nina");
    assertThat(summary.status()).isEqualTo("REGISTERED");
    assertThat(summary.country()).isNull();
    assertThat(summary.submittedAt()).isNull();
  }
}
