package org.cornerstone.cash.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CashRequestTest {
  static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");

  static CashRequest deposit() {
    return new CashRequest(
        "DEP-000001", CashRequest.Kind.DEPOSIT, "CN=Ivy", "ivan", "k1", "CNY", 100_00, "W1", T0);
  }

  @Test
  void aConfirmedDepositCompletesOnceWithItsLedgerTransaction() {
    CashRequest r = deposit();
    assertThat(r.status()).isEqualTo(CashRequest.Status.REQUESTED);
    assertThat(r.ledgerRequestKey()).isEqualTo("deposit-DEP-000001.issue");

    r.confirmed("bella", T0.plusSeconds(60));
    r.confirmed("someone-else", T0.plusSeconds(90));
    r.completed("tx-1", T0.plusSeconds(120));
    r.completed("tx-2", T0.plusSeconds(180));

    assertThat(r.status()).isEqualTo(CashRequest.Status.COMPLETED);
    assertThat(r.decidedBy()).isEqualTo("bella");
    assertThat(r.decidedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(r.ledgerTransaction()).isEqualTo("tx-1");
    assertThat(r.completedAt()).isEqualTo(T0.plusSeconds(120));
  }

  @Test
  void aRejectedRequestKeepsItsReasonAndCannotBeConfirmedOrCompleted() {
    CashRequest r = deposit();
    r.rejected("bella", "No wire with reference W1", T0.plusSeconds(60));
    r.rejected("bella", "again", T0.plusSeconds(90));

    assertThat(r.status()).isEqualTo(CashRequest.Status.REJECTED);
    assertThat(r.rejectReason()).isEqualTo("No wire with reference W1");
    assertThatThrownBy(() -> r.confirmed("bella", T0)).hasMessageContaining(CashRequest.NOT_OPEN);
    assertThatThrownBy(() -> r.completed("tx", T0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aConfirmedRequestCannotBeRejected() {
    CashRequest r =
        new CashRequest(
            "WDR-000002", CashRequest.Kind.WITHDRAWAL, "CN=Ivy", "ivan", "k2", "USD", 5, null, T0);
    assertThat(r.reservationKey()).isEqualTo("withdrawal-WDR-000002");
    assertThat(r.ledgerRequestKey()).isEqualTo("withdrawal-WDR-000002.redeem");
    r.confirmed("bella", T0);
    assertThatThrownBy(() -> r.rejected("bella", "late", T0))
        .hasMessageContaining(CashRequest.NOT_OPEN);
  }

  @Test
  void anAmountMustBePositive() {
    assertThatThrownBy(
            () ->
                new CashRequest(
                    "DEP-1", CashRequest.Kind.DEPOSIT, "CN=Ivy", "ivan", "k", "CNY", 0, "r", T0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
