package org.cornerstone.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.trading.application.TradingHarness.*;

import java.util.UUID;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.trading.application.TradingHarness.Instance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Trading fees and market parameters on PostgreSQL without the server ({@link TradingHarness}): the
 * buyer pays notional + fee, partial fills with odd quantities charge exactly, the released
 * reservation returns exactly what was not spent, the fee reaches the market operator after the
 * DvP, and a refused trade charges no fee.
 */
class MarketFeesIT {
  Instance app;

  @BeforeAll
  static void start() throws Exception {
    schema();
  }

  @BeforeEach
  void fresh() throws Exception {
    reset();
    app = instance();
  }

  static OrderTicket order(String side, String price, long quantity) {
    return new OrderTicket(INSTRUMENT, side, price, quantity, "GTC", UUID.randomUUID().toString());
  }

  void fee(int bps, String minFee) {
    app.parameters.change(
        TOM,
        INSTRUMENT,
        new ParameterChangeRequest("0.01", 1L, 10, bps, minFee, "fees for the test"));
  }

  long reservedCash(String party) {
    return number(
        "select coalesce(sum(amount_minor), 0) from cash_reservation where holder = ?"
            + " and status = 'ACTIVE'",
        party);
  }

  @Test
  void aFilledBuyPaysNotionalPlusFeeAndTheReleasedReservationIsExact() {
    fee(7, null);
    cash(JADE_PARTY, 1000_00);
    tokens(IVY, 100);
    OrderView resting = app.market.submit(IVAN, order("SELL", "9.99", 5));
    assertThat(resting.status()).isEqualTo("OPEN");

    // 13 at 10.07: notional 130.91, fee 7 bps = 0.091637 → 0.09 (HALF_UP): 131.00 reserved
    OrderPreCheck check = app.market.preCheck(JADE, order("BUY", "10.07", 13), null);
    assertThat(check.estimatedFee()).isEqualTo("0.09");
    assertThat(check.toReserve()).isEqualTo("131.00");
    OrderView buy = app.market.submit(JADE, order("BUY", "10.07", 13));
    // filled 5 at 9.99 (49.95, fee 0.034965 → 0.03); the rest, 8 at 10.07 = 80.56, keeps the fee
    // the whole order may still need: fee(49.95 + 80.56) − 0.03 = 0.09 − 0.03 = 0.06
    assertThat(buy.status()).isEqualTo("PARTIALLY_FILLED");
    assertThat(buy.reservedAmount()).isEqualTo("80.62");
    assertThat(reservedCash(JADE_PARTY)).isEqualTo(49_95 + 3 + 80_62);

    // 3 more at 10.07 (30.21): executed 80.16 → fee 0.056112 → 0.06, this fill 0.03
    app.market.submit(IVAN, order("SELL", "10.07", 3));
    OrderView after = app.market.myOrders(JADE).get(0);
    assertThat(after.openQuantity()).isEqualTo(5);
    // 5 at 10.07 = 50.35; fee(80.16 + 50.35 = 130.51) = 0.09 − 0.06 charged = 0.03
    assertThat(after.reservedAmount()).isEqualTo("50.38");

    app.market.cancel(JADE, buy.orderId());
    // the cancel releases exactly what the order still reserved: only the trades' parts remain
    assertThat(reservedCash(JADE_PARTY)).isEqualTo(49_95 + 3 + 30_21 + 3);

    for (long tradeId : app.newTrades) {
      app.settler.settle(tradeId);
    }
    assertThat(app.newTrades).hasSize(2);
    TradeView first = app.market.trade(TOM, app.newTrades.get(0)).orElseThrow();
    assertThat(first.settlement()).isEqualTo("SETTLED");
    assertThat(first.buyerFee()).isEqualTo("0.03");
    assertThat(first.feeStatus()).isEqualTo("PAID");
    // the buyer paid notional + fee, to the cent; the seller got the notional; the operator the
    // fees
    assertThat(cashOnLedger(JADE_PARTY)).isEqualTo(1000_00 - 49_95 - 30_21 - 3 - 3);
    assertThat(cashOnLedger(IVY)).isEqualTo(49_95 + 30_21);
    assertThat(cashOnLedger(TRUST)).isEqualTo(6);
    assertThat(reservedCash(JADE_PARTY)).isZero();
    assertThat(number("select count(*) from it_ledger_tx where request_key like '%.fee'"))
        .isEqualTo(2);
    // paying again changes nothing (idempotent by trade-ID.fee)
    app.collector.collect(app.newTrades.get(0));
    assertThat(cashOnLedger(TRUST)).isEqualTo(6);
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
    assertThat(app.market.myTradesCsv(JADE))
        .contains(",amount,fee,total,")
        .contains(",49.95,0.03,49.98,CNY,SETTLED,PAID,");
  }

  @Test
  void fillsOfOddQuantitiesAtTheLimitChargeExactlyTheFeeReservedAtEntry() {
    fee(7, null);
    cash(JADE_PARTY, 100_00);
    tokens(IVY, 10);
    app.market.submit(IVAN, order("SELL", "10.01", 3));
    app.market.submit(IVAN, order("SELL", "10.01", 4));
    // 7 at 10.01 = 70.07, fee 0.049049 → 0.05; fills 3 (30.03 → 0.02) and 4 (→ 0.05 − 0.02)
    OrderView buy = app.market.submit(JADE, order("BUY", "10.01", 7));
    assertThat(buy.status()).isEqualTo("FILLED");
    app.newTrades.forEach(app.settler::settle);
    assertThat(
            app.market.myTrades(JADE).stream().mapToLong(TradeView::buyerFeeMinor).sorted().boxed())
        .containsExactly(2L, 3L);
    assertThat(cashOnLedger(JADE_PARTY)).isEqualTo(100_00 - 70_07 - 5);
    assertThat(reservedCash(JADE_PARTY)).isZero();
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
  }

  @Test
  void aTradeRefusedAtSettlementChargesNoFeeAndReleasesIt() {
    fee(5, "1.00");
    cash(JADE_PARTY, 100_00);
    tokens(IVY, 10);
    app.market.submit(IVAN, order("SELL", "10.00", 2));
    OrderPreCheck check = app.market.preCheck(JADE, order("BUY", "10.00", 2), null);
    assertThat(check.estimatedFee()).isEqualTo("1.00"); // the minimum
    app.market.submit(JADE, order("BUY", "10.00", 2));
    assertThat(reservedCash(JADE_PARTY)).isEqualTo(20_00 + 1_00);
    REFUSED.add(JADE_PARTY);
    app.settler.settle(app.newTrades.get(0));
    TradeView refused = app.market.trade(TOM, app.newTrades.get(0)).orElseThrow();
    assertThat(refused.settlement()).isEqualTo("REFUSED");
    assertThat(refused.feeStatus()).isEqualTo("RELEASED");
    assertThat(reservedCash(JADE_PARTY)).isZero();
    assertThat(cashOnLedger(JADE_PARTY)).isEqualTo(100_00);
    assertThat(cashOnLedger(TRUST)).isZero();
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
  }

  @Test
  void aFeePaymentThatFailsIsRetriedAndReportedUntilPaid() {
    fee(5, null);
    cash(JADE_PARTY, 100_00);
    tokens(IVY, 10);
    app.market.submit(IVAN, order("SELL", "10.00", 3));
    app.market.submit(JADE, order("BUY", "10.00", 3)); // 30.00, fee 0.015 → 0.02
    long tradeId = app.newTrades.get(0);
    // the ledger refuses the fee payment once (e.g. unavailable): the trade stays settled
    TableFeePayments.failNext.set(1);
    app.settler.settle(tradeId);
    TradeView settled = app.market.trade(TOM, tradeId).orElseThrow();
    assertThat(settled.settlement()).isEqualTo("SETTLED");
    assertThat(settled.feeStatus()).isEqualTo("PENDING");
    assertThat(reservedCash(JADE_PARTY)).isEqualTo(2); // the fee stays reserved
    assertThat(app.market.reconcile(TOM).differences())
        .singleElement()
        .asString()
        .contains("fee of trade " + tradeId + " is not paid yet");
    // the retry pays it once
    app.collector.collect(tradeId);
    assertThat(app.market.trade(TOM, tradeId).orElseThrow().feeStatus()).isEqualTo("PAID");
    assertThat(cashOnLedger(JADE_PARTY)).isEqualTo(100_00 - 30_00 - 2);
    assertThat(cashOnLedger(TRUST)).isEqualTo(2);
    assertThat(reservedCash(JADE_PARTY)).isZero();
    assertThat(app.market.reconcile(TOM).differences()).isEmpty();
  }

  @Test
  void parametersChangeForNewOrdersAndEachChangeIsRecorded() {
    tokens(IVY, 100);
    OrderView old = app.market.submit(IVAN, order("SELL", "10.03", 7));
    MarketParametersView changed =
        app.parameters.change(
            TOM, INSTRUMENT, new ParameterChangeRequest("0.05", 5L, 20, 9, "0.50", "wider"));
    assertThat(changed.tickSize()).isEqualTo("0.05");
    assertThat(changed.fee()).isEqualTo("9 bps (0.09 %), min 0.50");
    assertThat(changed.changes()).hasSize(1);
    MarketParametersView.Change c = changed.changes().get(0);
    assertThat(c.changedBy()).isEqualTo("tom");
    assertThat(c.oldTickSize() + "→" + c.newTickSize()).isEqualTo("0.01→0.05");
    assertThat(c.oldLotSize() + "→" + c.newLotSize()).isEqualTo("1→5");
    assertThat(c.oldFeeBps() + "→" + c.newFeeBps()).isEqualTo("0→9");
    assertThat(c.reason()).isEqualTo("wider");
    // the resting order off the new tick and lot stays on the book
    assertThat(app.market.market(IVAN, INSTRUMENT, 5).asks().get(0).quantity()).isEqualTo(7);
    assertThat(app.market.myOrders(IVAN).get(0).orderId()).isEqualTo(old.orderId());
    assertThat(app.market.myOrders(IVAN).get(0).status()).isEqualTo("OPEN");
    // new orders use the new tick and lot
    assertThatThrownBy(() -> app.market.submit(IVAN, order("SELL", "10.03", 5)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("PRICE_NOT_ON_TICK");
    assertThatThrownBy(() -> app.market.submit(IVAN, order("SELL", "10.05", 7)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("QUANTITY_NOT_LOT_MULTIPLE");
    // the same again records nothing
    app.parameters.change(
        TOM, INSTRUMENT, new ParameterChangeRequest("0.05", 5L, 20, 9, "0.50", null));
    assertThat(app.parameters.parameters(IVAN, INSTRUMENT).changes()).hasSize(1);
    // refusals
    assertThatThrownBy(
            () ->
                app.parameters.change(
                    IVAN, INSTRUMENT, new ParameterChangeRequest("0.05", 5L, 20, 9, null, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                app.parameters.change(
                    TOM, INSTRUMENT, new ParameterChangeRequest("0", 0L, 51, 101, "-1", null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(MarketParameterService.TICK_POSITIVE)
        .hasMessageContaining(MarketParameterService.LOT_AT_LEAST_ONE)
        .hasMessageContaining(MarketParameterService.BAND_RANGE)
        .hasMessageContaining(MarketParameterService.FEE_RANGE)
        .hasMessageContaining(MarketParameterService.MIN_FEE);
  }
}
