package org.cornerstone.securitization.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cornerstone.securitization.domain.StoredPaymentDate;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.waterfall.Deal;
import org.cornerstone.waterfall.DealState;
import org.cornerstone.waterfall.PeriodCollections;
import org.cornerstone.waterfall.PeriodResult;
import org.cornerstone.waterfall.Waterfall;
import org.junit.jupiter.api.Test;

class TrancheDistributionsTest {
  private final Deal deal = PaymentDateTestData.deal();

  @Test
  void eachTrancheGetsItsInterestAndPrincipalAndTheEquityTheResidual() {
    PeriodResult r =
        Waterfall.pay(
            deal, DealState.initial(deal), new PeriodCollections(1, 45_000_00L, 120_000_00L, 0, 0));
    List<TrancheDistributions.TranchePayment> payments = TrancheDistributions.of(r);
    long toHolders = payments.stream().mapToLong(TrancheDistributions.TranchePayment::total).sum();
    long fees = r.fees().stream().mapToLong(PeriodResult.FeeResult::paid).sum();
    // every unit of cash out of the waterfall that is not a fee or a reserve deposit reaches
    // holders
    assertThat(toHolders + fees + r.reserve().deposit()).isEqualTo(r.cashOut());
    TrancheDistributions.TranchePayment a =
        payments.stream().filter(p -> p.tranche().equals("A")).findFirst().orElseThrow();
    assertThat(a.interest()).isEqualTo(r.tranches().get(0).interestPaid());
    assertThat(a.principal()).isEqualTo(120_000_00L); // sequential: all principal to A
    assertThat(a.residual()).isZero();
    TrancheDistributions.TranchePayment e =
        payments.stream().filter(p -> p.tranche().equals("E")).findFirst().orElseThrow();
    assertThat(e.residual()).isEqualTo(r.residualToEquity()).isPositive();
  }

  @Test
  void aTrancheThatReceivesNothingHasNoDistribution() {
    PeriodResult r =
        Waterfall.pay(deal, DealState.initial(deal), new PeriodCollections(1, 0, 0, 0, 0));
    assertThat(TrancheDistributions.of(r))
        .allSatisfy(p -> assertThat(p.total()).isPositive())
        .noneMatch(p -> p.tranche().equals("E"));
  }

  @Test
  void theJuniorTranchesAreHaltedWhileATriggerRestrictsThemAndResumedAfter() {
    assertThat(TrancheDistributions.juniorHaltChange(false, true)).isTrue();
    assertThat(TrancheDistributions.juniorHaltChange(true, false)).isFalse();
    assertThat(TrancheDistributions.juniorHaltChange(true, true)).isNull();
    assertThat(TrancheDistributions.juniorHaltChange(false, false)).isNull();
    assertThat(deal.juniorTranches()).containsExactly("B", "E");
  }

  @Test
  void distributionIdsAreStableAndFitTheColumn() {
    assertThat(TrancheDistributions.distributionId("HRT-2027-1", 3, "A"))
        .isEqualTo("TP-HRT-2027-1-P3-A");
    String longId = TrancheDistributions.distributionId("X".repeat(64), 12, "MEZZ");
    assertThat(longId).hasSizeLessThanOrEqualTo(40);
    assertThat(TrancheDistributions.distributionId("X".repeat(64), 12, "MEZZ")).isEqualTo(longId);
    assertThat(TrancheDistributions.distributionId("X".repeat(64), 13, "MEZZ"))
        .isNotEqualTo(longId);
  }

  @Test
  void aPeriodIsReportedOnceAndInTurn() {
    StoredPaymentDate paid1 = PaymentDateTestData.stored(1, 1, 1, 0, StoredPaymentDate.PAID);
    StoredPaymentDate review2 =
        PaymentDateTestData.stored(2, 1, 1, 0, StoredPaymentDate.UNDER_REVIEW);
    StoredPaymentDate rejected2 =
        PaymentDateTestData.stored(2, 1, 1, 0, StoredPaymentDate.REJECTED);

    assertThat(PaymentDates.checkTurn("D", List.of(), 1)).isEqualTo(1);
    assertThat(PaymentDates.checkTurn("D", List.of(paid1), 2)).isEqualTo(2);
    // a rejected period is reported again (the servicer corrects it)
    assertThat(PaymentDates.checkTurn("D", List.of(paid1, rejected2), 2)).isEqualTo(2);
    assertThatThrownBy(() -> PaymentDates.checkTurn("D", List.of(paid1), 1))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "Period 1 of deal D was submitted already (it is PAID): a period is paid once.");
    assertThatThrownBy(() -> PaymentDates.checkTurn("D", List.of(paid1, review2), 2))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("it is UNDER_REVIEW");
    assertThatThrownBy(() -> PaymentDates.checkTurn("D", List.of(paid1), 3))
        .isInstanceOf(ValidationException.class)
        .hasMessage("The next period of deal D is 2, not 3: report the periods in order.");
    assertThatThrownBy(() -> PaymentDates.checkTurn("D", List.of(), null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("is 1, not null");
    assertThatThrownBy(() -> PaymentDates.checkTurn("D", List.of(paid1, review2), 3))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Period 2 of deal D is not paid yet: report the next period after it.");
  }
}
