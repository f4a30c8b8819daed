package org.cornerstone.trading.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cornerstone.ledgergateway.CashPayment;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.trading.application.TradingPorts;
import org.junit.jupiter.api.Test;

/** A trade's fee goes to the ledger as one {@link CashPayment} through the port, on either path. */
class LedgerFeePaymentsTest {
  static final String BANK = "CN=Pearl River Bank, O=Pearl River Bank, L=Guangzhou, C=CN";
  static final String JADE =
      "CN=Jade Harbour Securities, O=Jade Harbour Securities, L=Singapore, C=SG";
  static final String TRUST = "CN=Cornerstone Trust Co, O=Cornerstone Trust Co, L=Shanghai, C=CN";

  final List<CashPayment> paid = new ArrayList<>();
  final LedgerFeePayments fees = new LedgerFeePayments();

  LedgerFeePaymentsTest() {
    fees.payments =
        payment -> {
          paid.add(payment);
          return new LedgerReceipt("tx-" + paid.size(), Instant.EPOCH);
        };
    fees.parties =
        new TradingPorts.Parties() {
          @Override
          public Optional<String> partyOf(org.cornerstone.shared.Actor actor) {
            return Optional.empty();
          }

          @Override
          public String settlementBank() {
            return BANK;
          }
        };
  }

  @Test
  void theFeeIsOnePaymentOfTheCurrencysCashFromTheBuyerToTheOperator() {
    LedgerReceipt receipt = fees.pay("trade-7.fee", "CNY", JADE, TRUST, 13);

    assertThat(receipt.transactionId()).isEqualTo("tx-1");
    assertThat(paid)
        .containsExactly(
            new CashPayment(
                RequestKey.of("trade-7.fee"),
                "CASH-CNY",
                PartyName.of(BANK),
                PartyName.of(JADE),
                PartyName.of(TRUST),
                MoneyAmount.of(13, "CNY")));
  }

  @Test
  void aPaymentToThePayerItselfOrOfNothingIsRefusedBeforeTheLedger() {
    assertThatThrownBy(() -> fees.pay("trade-7.fee", "CNY", JADE, JADE, 13))
        .hasMessage(CashPayment.PAYEE_IS_PAYER);
    assertThatThrownBy(() -> fees.pay("trade-7.fee", "CNY", JADE, TRUST, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(paid).isEmpty();
  }
}
