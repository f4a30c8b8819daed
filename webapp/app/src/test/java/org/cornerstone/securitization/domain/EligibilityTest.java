package org.cornerstone.securitization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pool's eligibility criteria and concentration per obligor. */
class EligibilityTest {
  static final LocalDate FIRST_PAYMENT = LocalDate.of(2027, 2, 15);
  static final BigDecimal LIMIT = new BigDecimal("0.20");

  static Eligibility.Candidate certificate(
      String id, String obligor, long minor, LocalDate maturity, long frozen) {
    return new Eligibility.Candidate(
        id, "PAYABLE_CERTIFICATE", id, obligor, minor, frozen, minor, true, maturity);
  }

  static boolean passed(List<Eligibility.Check> checks, Eligibility.Criterion criterion) {
    return checks.stream()
        .filter(c -> c.criterion() == criterion)
        .findFirst()
        .orElseThrow()
        .passed();
  }

  @Test
  void anIssuedUnfrozenCertificateMaturingAfterTheFirstPaymentIsEligible() {
    List<Eligibility.Check> checks =
        Eligibility.assess(
            certificate("PC-1", "daqing", 100_000, LocalDate.of(2027, 6, 30), 0),
            FIRST_PAYMENT,
            List.of(),
            LIMIT);
    assertThat(checks).allMatch(Eligibility.Check::passed);
    assertThat(Eligibility.refusals(checks)).isEmpty();
  }

  @Test
  void maturityOnOrBeforeTheFirstPaymentDateIsRefused() {
    List<String> refusals =
        Eligibility.refusals(
            Eligibility.assess(
                certificate("PC-1", "daqing", 100_000, FIRST_PAYMENT, 0),
                FIRST_PAYMENT,
                List.of(),
                LIMIT));
    assertThat(refusals)
        .containsExactly(
            "MATURITY: matures 2027-02-15, not after the first payment date 2027-02-15");
  }

  @Test
  void aFrozenOrUnissuedHoldingAndCashAreRefused() {
    assertThat(
            Eligibility.refusals(
                Eligibility.assess(
                    certificate("PC-1", "daqing", 100, LocalDate.of(2028, 1, 1), 40),
                    FIRST_PAYMENT,
                    List.of(),
                    LIMIT)))
        .containsExactly("STATUS: 40 of 100 tokens frozen");
    Eligibility.Candidate tranche =
        new Eligibility.Candidate("T-A", "TRANCHE", "T-A", "spv", 10, 0, 0, true, null);
    assertThat(Eligibility.refusals(Eligibility.assess(tranche, FIRST_PAYMENT, List.of(), LIMIT)))
        .containsExactly(
            "KIND: TRANCHE is not a pool asset (asset tokens and payable certificates only)");
    Eligibility.Candidate notIssued =
        new Eligibility.Candidate("RE-1", "ASSET_TOKEN", "Tower", "harbour", 10, 0, 0, false, null);
    assertThat(Eligibility.refusals(Eligibility.assess(notIssued, FIRST_PAYMENT, List.of(), LIMIT)))
        .containsExactly("STATUS: not issued on the ledger");
  }

  @Test
  void aRealAssetHasNoMaturityAndPasses() {
    Eligibility.Candidate building =
        new Eligibility.Candidate(
            "RE-1", "ASSET_TOKEN", "Tower", "harbour", 1000, 0, 57_000_00L, true, null);
    assertThat(
            passed(
                Eligibility.assess(building, FIRST_PAYMENT, List.of(), LIMIT),
                Eligibility.Criterion.MATURITY))
        .isTrue();
  }

  @Test
  void concentrationIsTheObligorsShareWithTheCandidateAndASingleAssetIsExempt() {
    // alone: 100 % but a single-asset pool
    assertThat(
            passed(
                Eligibility.assess(
                    certificate("PC-1", "daqing", 100, LocalDate.of(2028, 1, 1), 0),
                    FIRST_PAYMENT,
                    List.of(),
                    LIMIT),
                Eligibility.Criterion.CONCENTRATION))
        .isTrue();
    List<Eligibility.Pooled> pool =
        List.of(
            new Eligibility.Pooled("A", "o1", 200),
            new Eligibility.Pooled("B", "o2", 200),
            new Eligibility.Pooled("C", "o3", 200),
            new Eligibility.Pooled("D", "o4", 200));
    // 200 more of o5: 200 / 1000 = exactly 20 % → passes; 201 → 201/1001 = 20.08 % → fails
    List<Eligibility.Check> atLimit =
        Eligibility.assess(
            certificate("E", "o5", 200, LocalDate.of(2028, 1, 1), 0), FIRST_PAYMENT, pool, LIMIT);
    assertThat(passed(atLimit, Eligibility.Criterion.CONCENTRATION)).isTrue();
    List<Eligibility.Check> above =
        Eligibility.assess(
            certificate("E", "o5", 201, LocalDate.of(2028, 1, 1), 0), FIRST_PAYMENT, pool, LIMIT);
    assertThat(passed(above, Eligibility.Criterion.CONCENTRATION)).isFalse();
    assertThat(above.get(3).detail())
        .isEqualTo("obligor o5 would be 20.08 % of the pool (limit 20.00 %)");
    // concentration does not refuse the addition; it binds on the whole pool at submission
    assertThat(Eligibility.refusals(above)).isEmpty();
  }

  @Test
  void breachesOfTheWholePoolNameTheObligor() {
    List<Eligibility.Pooled> pool =
        List.of(new Eligibility.Pooled("A", "o1", 300), new Eligibility.Pooled("B", "o2", 700));
    assertThat(Eligibility.concentrationBreaches(pool, new BigDecimal("0.50")))
        .containsExactly(
            "CONCENTRATION: obligor o2 is 70.00 % of the pool, above the deal's limit of 50.00 %.");
    assertThat(
            Eligibility.concentrationBreaches(List.of(new Eligibility.Pooled("A", "o1", 1)), LIMIT))
        .isEmpty();
    assertThat(Eligibility.shares(pool).get("o1")).isEqualByComparingTo("0.3");
  }

  @Test
  void dealIdsFollowTheDesksNaming() {
    assertThat(DealIds.fromName("Harbour Realty Trust 2027-1")).isEqualTo("HRT-2027-1");
    assertThat(DealIds.fromName("港湾信托")).isEqualTo("DEAL");
  }
}
