package org.cornerstone.financing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.financing.application.FinancingFakes.DAQING;
import static org.cornerstone.financing.application.FinancingFakes.NORTHSTAR;
import static org.cornerstone.financing.application.FinancingFakes.SONGHUA;
import static org.cornerstone.financing.application.FinancingFakes.TIER3;
import static org.cornerstone.financing.application.FinancingFakes.debtor;
import static org.cornerstone.financing.application.FinancingFakes.supplier;

import java.time.LocalDate;
import org.cornerstone.financing.domain.CertificateMaturityRecord;
import org.cornerstone.financing.domain.FinancingNotification;
import org.cornerstone.financing.domain.MaturityPayment;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.Test;

class CertificateMaturitiesTest {
  final FinancingFakes.World world = new FinancingFakes.World();
  static final LocalDate LATER = LocalDate.of(2027, 3, 1);

  /** Songhua 600,000.00, Northstar 400,000.00 of a 1,000,000.00 certificate. */
  private void splitMillion(String id) {
    world.issue(id, 100_000_000, LATER);
    world.transfers.transfer(supplier(SONGHUA), id, NORTHSTAR.id(), "400000.00", "split-" + id);
  }

  @Test
  void schedulingStartsTheProcessWithTheMaturityDateAsTimer() {
    world.issue("PC-S", 1_000, LATER);
    world.maturities.schedule("PC-S");
    assertThat(world.process.started).containsExactly("PC-S@2027-03-01T00:00:00Z");
  }

  @Test
  void paysEveryHolderItsFaceValueAndRedeemsItsTokens() {
    splitMillion("PC-A");
    world.ledger.deposit(DAQING.x500Name(), 120_000_000);
    boolean overdue = world.maturities.payHolders("PC-A");
    assertThat(overdue).isFalse();
    assertThat(world.ledger.cashOf(SONGHUA.x500Name())).isEqualTo(60_000_000);
    assertThat(world.ledger.cashOf(NORTHSTAR.x500Name())).isEqualTo(40_000_000);
    assertThat(world.ledger.cashOf(DAQING.x500Name())).isEqualTo(20_000_000);
    assertThat(world.ledger.tokensOf("PC-A", SONGHUA.x500Name())).isZero();
    assertThat(world.ledger.tokensOf("PC-A", NORTHSTAR.x500Name())).isZero();
    assertThat(world.records.maturity("PC-A").orElseThrow().state())
        .isEqualTo(CertificateMaturityRecord.PAID);
    assertThat(world.records.notifications)
        .extracting(FinancingNotification::kind)
        .containsOnly(FinancingNotification.PAID_AT_MATURITY);
    // the lineage still agrees with the ledger: redeemed tokens are taken off
    assertThat(world.lineage.lineage(debtor(), "PC-A").agrees()).isTrue();
    // after maturity began no transfer, even before the date
    assertThatThrownBy(
            () -> world.transfers.transfer(supplier(NORTHSTAR), "PC-A", TIER3.id(), "1.00", "late"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("being paid at maturity");
  }

  @Test
  void maturityInterruptedAfterTheLedgerCommitAndRetriedPaysOnce() {
    splitMillion("PC-B");
    // exactly enough cash: a second allocation after Songhua's payment would see a shortfall
    world.ledger.deposit(DAQING.x500Name(), 100_000_000);
    world.ledger.crashAfterCommit.add("certificate-PC-B.pay-songhua");
    assertThatThrownBy(() -> world.maturities.payHolders("PC-B"))
        .hasMessageContaining("after the ledger committed");
    assertThat(world.ledger.cashOf(SONGHUA.x500Name())).isEqualTo(60_000_000);

    boolean overdue = world.maturities.payHolders("PC-B"); // the job's retry
    assertThat(overdue).isFalse();
    assertThat(world.ledger.transactions)
        .filteredOn(k -> k.startsWith("certificate-PC-B.pay-"))
        .containsExactlyInAnyOrder(
            "certificate-PC-B.pay-songhua", "certificate-PC-B.pay-northstar");
    assertThat(world.ledger.cashOf(SONGHUA.x500Name())).isEqualTo(60_000_000);
    assertThat(world.ledger.cashOf(NORTHSTAR.x500Name())).isEqualTo(40_000_000);
    assertThat(world.ledger.cashOf(DAQING.x500Name())).isZero();
    assertThat(world.records.payments("PC-B"))
        .extracting(MaturityPayment::state)
        .containsOnly(MaturityPayment.PAID);

    // a third run (a duplicate job) changes nothing
    int before = world.ledger.transactions.size();
    world.maturities.payHolders("PC-B");
    assertThat(world.ledger.transactions).hasSize(before);
  }

  @Test
  void aShortfallPaysProRataToTheCentAndTheRestIsOverdueUntilTheObligorPays() {
    splitMillion("PC-C");
    // 750,000.01 for 1,000,000.00 due: 450,000.01 (largest remainder) and 300,000.00
    world.ledger.deposit(DAQING.x500Name(), 75_000_001);
    boolean overdue = world.maturities.payHolders("PC-C");
    assertThat(overdue).isTrue();
    assertThat(world.ledger.cashOf(SONGHUA.x500Name())).isEqualTo(45_000_001);
    assertThat(world.ledger.cashOf(NORTHSTAR.x500Name())).isEqualTo(30_000_000);
    assertThat(world.ledger.cashOf(DAQING.x500Name())).isZero();
    // the unpaid rest stays on the ledger as the holders' overdue claim
    assertThat(world.ledger.tokensOf("PC-C", SONGHUA.x500Name())).isEqualTo(14_999_999);
    assertThat(world.ledger.tokensOf("PC-C", NORTHSTAR.x500Name())).isEqualTo(10_000_000);
    MaturityView view = world.maturities.maturity(debtor(), "PC-C").orElseThrow();
    assertThat(view.state()).isEqualTo(CertificateMaturityRecord.OVERDUE);
    assertThat(view.paidMinor()).isEqualTo(75_000_001);
    assertThat(view.overdueMinor()).isEqualTo(24_999_999);
    assertThat(world.records.notifications)
        .extracting(
            FinancingNotification::organisation,
            FinancingNotification::kind,
            FinancingNotification::amountMinor)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "songhua", FinancingNotification.OVERDUE, 14_999_999L),
            org.assertj.core.groups.Tuple.tuple(
                "northstar", FinancingNotification.OVERDUE, 10_000_000L));

    // the obligor cannot pay the overdue rest without the cash, and only the obligor may pay it
    assertThatThrownBy(() -> world.maturities.payOverdue(debtor(), "PC-C"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("does not cover the overdue amount");
    assertThatThrownBy(() -> world.maturities.payOverdue(supplier(SONGHUA), "PC-C"))
        .isInstanceOf(AccessDeniedException.class);

    world.ledger.deposit(DAQING.x500Name(), 30_000_000);
    MaturityView settled = world.maturities.payOverdue(debtor(), "PC-C");
    assertThat(settled.state()).isEqualTo(CertificateMaturityRecord.SETTLED);
    assertThat(settled.overdueMinor()).isZero();
    assertThat(world.ledger.cashOf(SONGHUA.x500Name())).isEqualTo(60_000_000);
    assertThat(world.ledger.cashOf(NORTHSTAR.x500Name())).isEqualTo(40_000_000);
    assertThat(world.ledger.cashOf(DAQING.x500Name())).isEqualTo(5_000_001);
    assertThat(world.ledger.tokensOf("PC-C", SONGHUA.x500Name())).isZero();
    assertThat(world.ledger.tokensOf("PC-C", NORTHSTAR.x500Name())).isZero();
    assertThat(world.process.settled).containsExactly("PC-C");
    assertThat(world.lineage.lineage(debtor(), "PC-C").agrees()).isTrue();
    assertThatThrownBy(() -> world.maturities.payOverdue(debtor(), "PC-C"))
        .isInstanceOf(ConflictException.class);
  }
}
