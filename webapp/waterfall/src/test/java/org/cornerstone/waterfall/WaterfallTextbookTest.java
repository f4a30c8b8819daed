package org.cornerstone.waterfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.waterfall.Examples.collections;
import static org.cornerstone.waterfall.Examples.minor;

import java.util.List;
import org.cornerstone.waterfall.PeriodResult.TrancheResult;
import org.cornerstone.waterfall.PeriodResult.TriggerResult;
import org.junit.jupiter.api.Test;

/**
 * Textbook cases on the example deals, each figure worked out by hand in the comments (amounts in
 * CNY; the engine works in fen).
 *
 * <p>Sequential example: pool 10,000,000; A 8,000,000 at 6% (monthly interest 8,000,000 × 0.06 / 12
 * = 40,000.00), B 1,200,000 at 9% (9,000.00), E 800,000; trustee 1,000.00 fixed, servicer 1.2% a
 * year on the pool (10,000,000 × 0.012 / 12 = 10,000.00); reserve target 50,000 starting at 0.
 *
 * <p>Pro-rata example: pool 10,000,000; A 7,000,000 at 4%, B 2,000,000 at 6%, E 1,000,000; trustee
 * 500.00; reserve 50,000 (full); OC-A ≥ 1.25 (curable, sequential switch), IC-A ≥ 1.50, cumulative
 * default ≤ 0.15 (not curable, accelerates), pool factor ≥ 0.50 (restricts junior transfers).
 */
class WaterfallTextbookTest {

  private static TrancheResult tranche(PeriodResult result, String name) {
    return result.tranches().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  private static TriggerResult trigger(PeriodResult result, String name) {
    return result.triggers().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void sequentialPay() {
    Deal deal = Examples.deal(Examples.SEQUENTIAL);
    List<PeriodResult> results =
        Waterfall.run(
            deal,
            List.of(
                collections(1, "70000.00", "500000.00", "0.00", "0.00"),
                collections(2, "66000.00", "400000.00", "0.00", "0.00")));
    PeriodResult first = results.get(0);
    // Interest funds 70,000: trustee 1,000 → 69,000; servicer 10,000 → 59,000;
    // A 40,000 → 19,000; B 9,000 → 10,000; reserve 0 → 10,000 (target 50,000) → 0 residual.
    assertThat(first.fees())
        .extracting(f -> f.paid())
        .containsExactly(minor("1000"), minor("10000"));
    assertThat(tranche(first, "A").interestPaid()).isEqualTo(minor("40000"));
    assertThat(tranche(first, "B").interestPaid()).isEqualTo(minor("9000"));
    assertThat(first.reserve().deposit()).isEqualTo(minor("10000"));
    assertThat(first.reserve().balanceEnd()).isEqualTo(minor("10000"));
    // Principal 500,000 all to A (sequential): A 8,000,000 − 500,000 = 7,500,000; B untouched.
    assertThat(tranche(first, "A").principalPaid()).isEqualTo(minor("500000"));
    assertThat(tranche(first, "A").balanceEnd()).isEqualTo(minor("7500000"));
    assertThat(tranche(first, "B").principalPaid()).isZero();
    assertThat(first.residualToEquity()).isZero();
    assertThat(first.poolBalanceEnd()).isEqualTo(minor("9500000"));
    assertThat(first.statusAfter()).isEqualTo(DealStatus.AMORTIZING);
    assertThat(first.log())
        .contains(
            "pay trustee fee 1,000.00",
            "pay servicer fee 10,000.00",
            "pay A interest 40,000.00 (due 40,000.00)",
            "pay B interest 9,000.00 (due 9,000.00)",
            "deposit 10,000.00 to reserve (balance 10,000.00, target 50,000.00)",
            "pay A principal 500,000.00 (balance 7,500,000.00)");

    PeriodResult second = results.get(1);
    // Servicer on 9,500,000: 9,500,000 × 0.012 / 12 = 9,500; A on 7,500,000: × 0.06 / 12 = 37,500.
    // 66,000 − 1,000 − 9,500 − 37,500 − 9,000 = 9,000 → reserve (10,000 → 19,000).
    assertThat(second.fees().get(1).due()).isEqualTo(minor("9500"));
    assertThat(tranche(second, "A").interestDue()).isEqualTo(minor("37500"));
    assertThat(second.reserve().deposit()).isEqualTo(minor("9000"));
    assertThat(second.reserve().balanceEnd()).isEqualTo(minor("19000"));
    assertThat(tranche(second, "A").balanceEnd()).isEqualTo(minor("7100000"));
    assertThat(second.stateAfter().period()).isEqualTo(2);
  }

  @Test
  void couponRoundsHalfEvenToTheFen() {
    Deal deal = Examples.deal(Examples.PRO_RATA);
    PeriodResult first =
        Waterfall.pay(
            deal, DealState.initial(deal), collections(1, "60000.00", "900000.00", "0.00", "0.00"));
    // A: 7,000,000 × 0.04 / 12 = 23,333.333… → 23,333.33; B: 2,000,000 × 0.06 / 12 = 10,000.00.
    assertThat(tranche(first, "A").interestDue()).isEqualTo(minor("23333.33"));
    assertThat(first.log()).contains("pay A interest 23,333.33 (due 23,333.33)");
    // Residual interest: 60,000 − 500 − 23,333.33 − 10,000 = 26,166.67 (reserve already full).
    assertThat(first.residualToEquity()).isEqualTo(minor("26166.67"));
  }

  @Test
  void proRataPayAndATriggerBreachAndCure() {
    Deal deal = Examples.deal(Examples.PRO_RATA);
    List<PeriodResult> results =
        Waterfall.run(
            deal,
            List.of(
                collections(1, "60000.00", "900000.00", "0.00", "0.00"),
                collections(2, "50000.00", "100000.00", "0.00", "1300000.00"),
                collections(3, "45000.00", "300000.00", "0.00", "0.00"),
                collections(4, "45000.00", "200000.00", "0.00", "0.00")));
    // Period 1, pro rata by balance 7,000,000 : 2,000,000 of 900,000: A 700,000, B 200,000.
    // OC-A = 10,000,000 / 7,000,000 = 1.428571 ≥ 1.25.
    PeriodResult p1 = results.get(0);
    assertThat(p1.principalPayment()).isEqualTo(PrincipalPayment.PRO_RATA);
    assertThat(tranche(p1, "A").principalPaid()).isEqualTo(minor("700000"));
    assertThat(tranche(p1, "B").principalPaid()).isEqualTo(minor("200000"));
    assertThat(trigger(p1, "OC-A").value()).isEqualByComparingTo("1.428571");
    assertThat(trigger(p1, "OC-A").breached()).isFalse();

    // Period 2: losses 1,300,000 written off bottom-up: E 1,000,000 → 0, then B 300,000
    // (1,800,000 → 1,500,000). OC-A = (9,100,000 − 1,300,000) / 6,300,000 = 1.238095 < 1.25:
    // breached, so the 100,000 of principal goes to A alone (sequential): A 6,200,000.
    PeriodResult p2 = results.get(1);
    assertThat(tranche(p2, "E").writeDown()).isEqualTo(minor("1000000"));
    assertThat(tranche(p2, "B").writeDown()).isEqualTo(minor("300000"));
    assertThat(tranche(p2, "A").writeDown()).isZero();
    assertThat(trigger(p2, "OC-A").value()).isEqualByComparingTo("1.238095");
    assertThat(trigger(p2, "OC-A").breached()).isTrue();
    assertThat(p2.principalPayment()).isEqualTo(PrincipalPayment.SEQUENTIAL);
    assertThat(tranche(p2, "A").principalPaid()).isEqualTo(minor("100000"));
    assertThat(tranche(p2, "B").principalPaid()).isZero();
    assertThat(tranche(p2, "A").balanceEnd()).isEqualTo(minor("6200000"));
    assertThat(p2.log())
        .contains(
            "write off loss 1,000,000.00 on E (balance 0.00)",
            "write off loss 300,000.00 on B (balance 1,500,000.00)",
            "trigger OC-A breached: 1.238095 < 1.25, principal switches to sequential");
    // The whole step log, as documented in docs/securitization/deal-file.md.
    assertThat(p2.log())
        .containsExactly(
            "period 2 (2027-03-15): collections interest 50,000.00, principal 100,000.00,"
                + " recoveries 0.00, losses 1,300,000.00; pool balance 9,100,000.00",
            "write off loss 1,000,000.00 on E (balance 0.00)",
            "write off loss 300,000.00 on B (balance 1,500,000.00)",
            "trigger OC-A breached: 1.238095 < 1.25, principal switches to sequential",
            "pay trustee fee 500.00",
            "pay A interest 21,000.00 (due 21,000.00)",
            "pay B interest 9,000.00 (due 9,000.00)",
            "pay residual interest 19,500.00 to E",
            "pay A principal 100,000.00 (balance 6,200,000.00)",
            "end of period 2: status AMORTIZING, pool balance 7,700,000.00, tranche balances"
                + " A 6,200,000.00, B 1,500,000.00, E 0.00");
    // Interest still on the start balances: A 6,300,000 × 0.04 / 12 = 21,000; B 1,800,000 ×
    // 0.06 / 12 = 9,000. IC-A = (50,000 − 500) / 21,000 = 2.357143 ≥ 1.50.
    assertThat(tranche(p2, "A").interestPaid()).isEqualTo(minor("21000"));
    assertThat(tranche(p2, "B").interestPaid()).isEqualTo(minor("9000"));
    assertThat(trigger(p2, "IC-A").value()).isEqualByComparingTo("2.357143");
    // Cumulative default 1,300,000 / 10,000,000 = 0.13 ≤ 0.15: not breached.
    assertThat(trigger(p2, "CDR").value()).isEqualByComparingTo("0.13");
    assertThat(trigger(p2, "CDR").breached()).isFalse();

    // Period 3: OC-A = 7,700,000 / 6,200,000 = 1.241935 < 1.25, still sequential: A 5,900,000.
    PeriodResult p3 = results.get(2);
    assertThat(trigger(p3, "OC-A").breached()).isTrue();
    assertThat(tranche(p3, "A").balanceEnd()).isEqualTo(minor("5900000"));

    // Period 4: OC-A = 7,400,000 / 5,900,000 = 1.254237 ≥ 1.25: cured, back to pro rata.
    // 200,000 shared 5,900,000 : 1,500,000: A 200,000 × 59 / 74 = 159,459.459…, B 40,540.540…;
    // floored in fen 159,459.45 + 40,540.54 = 199,999.99, the last fen to A (larger remainder).
    PeriodResult p4 = results.get(3);
    assertThat(trigger(p4, "OC-A").breached()).isFalse();
    assertThat(p4.log())
        .contains("trigger OC-A cured: 1.254237 >= 1.25, principal returns to pro rata");
    assertThat(p4.principalPayment()).isEqualTo(PrincipalPayment.PRO_RATA);
    assertThat(tranche(p4, "A").principalPaid()).isEqualTo(minor("159459.46"));
    assertThat(tranche(p4, "B").principalPaid()).isEqualTo(minor("40540.54"));
  }

  @Test
  void interestCoverageBreachAndCure() {
    Deal deal = Examples.deal(Examples.PRO_RATA);
    List<PeriodResult> results =
        Waterfall.run(
            deal,
            List.of(
                collections(1, "30000.00", "900000.00", "0.00", "0.00"),
                collections(2, "60000.00", "900000.00", "0.00", "0.00")));
    // Period 1: IC-A = (30,000 − 500) / 23,333.33 = 1.264286 < 1.50: breached, principal
    // sequential, all 900,000 to A (6,100,000). B's 10,000 interest: 29,500 − 23,333.33 = 6,166.67
    // from the collections, 3,833.33 drawn from the reserve (50,000 → 46,166.67).
    PeriodResult p1 = results.get(0);
    assertThat(trigger(p1, "IC-A").value()).isEqualByComparingTo("1.264286");
    assertThat(trigger(p1, "IC-A").breached()).isTrue();
    assertThat(tranche(p1, "A").principalPaid()).isEqualTo(minor("900000"));
    assertThat(p1.reserve().draw()).isEqualTo(minor("3833.33"));
    assertThat(p1.reserve().balanceEnd()).isEqualTo(minor("46166.67"));
    // Period 2: A interest 6,100,000 × 0.04 / 12 = 20,333.33; IC-A = 59,500 / 20,333.33 =
    // 2.926230 ≥ 1.50: cured, pro rata 6,100,000 : 2,000,000 of 900,000: A 677,777.777…, B
    // 222,222.222…; floored 677,777.77 + 222,222.22, the last fen to A: 677,777.78.
    // Interest: 60,000 − 500 − 20,333.33 − 10,000 = 29,166.67; the reserve takes 3,833.33 back,
    // 25,333.34 is residual.
    PeriodResult p2 = results.get(1);
    assertThat(trigger(p2, "IC-A").value()).isEqualByComparingTo("2.926230");
    assertThat(trigger(p2, "IC-A").breached()).isFalse();
    assertThat(tranche(p2, "A").principalPaid()).isEqualTo(minor("677777.78"));
    assertThat(tranche(p2, "B").principalPaid()).isEqualTo(minor("222222.22"));
    assertThat(p2.reserve().deposit()).isEqualTo(minor("3833.33"));
    assertThat(p2.residualToEquity()).isEqualTo(minor("25333.34"));
  }

  @Test
  void aNonCurableTriggerStaysBreached() {
    Deal deal =
        Examples.dealChanged(
            Examples.PRO_RATA, root -> Examples.trigger(root, 0).put("curable", false));
    List<PeriodResult> results =
        Waterfall.run(
            deal,
            List.of(
                collections(1, "60000.00", "900000.00", "0.00", "0.00"),
                collections(2, "50000.00", "100000.00", "0.00", "1300000.00"),
                collections(3, "45000.00", "300000.00", "0.00", "0.00"),
                collections(4, "45000.00", "200000.00", "0.00", "0.00")));
    // Same figures as the curable case: in period 4 the test passes (1.254237 ≥ 1.25) but the
    // trigger is not curable, so principal stays sequential: all 200,000 to A.
    PeriodResult p4 = results.get(3);
    assertThat(trigger(p4, "OC-A").failing()).isFalse();
    assertThat(trigger(p4, "OC-A").breached()).isTrue();
    assertThat(p4.principalPayment()).isEqualTo(PrincipalPayment.SEQUENTIAL);
    assertThat(tranche(p4, "A").principalPaid()).isEqualTo(minor("200000"));
    assertThat(p4.log()).contains("trigger OC-A stays breached (not curable): 1.254237 >= 1.25");
    assertThat(p4.stateAfter().breachedTriggers()).containsExactly("OC-A");
  }

  @Test
  void cumulativeDefaultAcceleratesForGood() {
    Deal deal = Examples.deal(Examples.PRO_RATA);
    // Losses 1,600,000: cumulative default 0.16 > 0.15 → accelerated. E 1,000,000 and B 600,000
    // written off (B 2,000,000 → 1,400,000). Funds pooled: 60,000 + 400,000 + reserve 50,000 =
    // 510,000: trustee 500; A interest 23,333.33; A principal 486,166.67 (A 6,513,833.33).
    PeriodResult p1 =
        Waterfall.pay(
            deal,
            DealState.initial(deal),
            collections(1, "60000.00", "400000.00", "0.00", "1600000.00"));
    assertThat(p1.statusAfter()).isEqualTo(DealStatus.ACCELERATED);
    assertThat(p1.reserve().draw()).isEqualTo(minor("50000"));
    assertThat(tranche(p1, "A").interestPaid()).isEqualTo(minor("23333.33"));
    assertThat(tranche(p1, "A").principalPaid()).isEqualTo(minor("486166.67"));
    assertThat(tranche(p1, "B").interestPaid()).isZero();
    assertThat(tranche(p1, "B").interestShortfall()).isEqualTo(minor("10000"));
    assertThat(tranche(p1, "B").balanceEnd()).isEqualTo(minor("1400000"));
    assertThat(p1.log()).contains("trigger CDR breached: 0.16 > 0.15, the deal is accelerated");
  }

  @Test
  void lossesHitEquityFirst() {
    Deal deal = Examples.deal(Examples.SEQUENTIAL);
    // Losses 300,000 < E 800,000: E 500,000, A and B untouched; the pool 10,000,000 → 9,700,000.
    PeriodResult small =
        Waterfall.pay(
            deal, DealState.initial(deal), collections(1, "70000.00", "0.00", "0.00", "300000.00"));
    assertThat(tranche(small, "E").balanceEnd()).isEqualTo(minor("500000"));
    assertThat(tranche(small, "B").writeDown()).isZero();
    assertThat(tranche(small, "A").writeDown()).isZero();
    assertThat(small.poolBalanceEnd()).isEqualTo(minor("9700000"));
    // Losses 2,500,000: E 800,000 → 0, B 1,200,000 → 0, A 500,000 → 7,500,000.
    PeriodResult large =
        Waterfall.pay(
            deal,
            DealState.initial(deal),
            collections(1, "70000.00", "0.00", "0.00", "2500000.00"));
    assertThat(large.tranches())
        .extracting(TrancheResult::writeDown)
        .containsExactly(minor("500000"), minor("1200000"), minor("800000"));
    assertThat(tranche(large, "A").balanceEnd()).isEqualTo(minor("7500000"));
    assertThat(large.stateAfter().cumulativeLosses()).isEqualTo(minor("2500000"));
  }

  @Test
  void interestShortfallIsCarriedForwardAndCaughtUp() {
    Deal deal = Examples.dealChanged(Examples.SEQUENTIAL, root -> root.remove("reserve"));
    List<PeriodResult> results =
        Waterfall.run(
            deal,
            List.of(
                collections(1, "45000.00", "0.00", "0.00", "0.00"),
                collections(2, "80000.00", "0.00", "0.00", "0.00")));
    // Period 1: 45,000 − fees 11,000 = 34,000 for A's 40,000: shortfall 6,000; B gets nothing:
    // shortfall 9,000.
    PeriodResult p1 = results.get(0);
    assertThat(tranche(p1, "A").interestPaid()).isEqualTo(minor("34000"));
    assertThat(tranche(p1, "A").interestShortfall()).isEqualTo(minor("6000"));
    assertThat(tranche(p1, "B").interestShortfall()).isEqualTo(minor("9000"));
    assertThat(p1.log())
        .contains("pay A interest 34,000.00 (due 40,000.00, shortfall 6,000.00 carried forward)");
    // Period 2: 80,000 − 11,000 = 69,000; A due 40,000 + 6,000 = 46,000 → 23,000 left; B due
    // 9,000 + 9,000 = 18,000 → 5,000 residual to E.
    PeriodResult p2 = results.get(1);
    assertThat(tranche(p2, "A").interestDue()).isEqualTo(minor("46000"));
    assertThat(tranche(p2, "A").interestShortfall()).isZero();
    assertThat(tranche(p2, "B").interestDue()).isEqualTo(minor("18000"));
    assertThat(tranche(p2, "B").interestShortfall()).isZero();
    assertThat(p2.residualToEquity()).isEqualTo(minor("5000"));
  }

  @Test
  void reserveIsDrawnForShortfallsAndRefilled() {
    Deal deal =
        Examples.dealChanged(
            Examples.SEQUENTIAL,
            root ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("reserve"))
                    .put("initial", "50000.00"));
    List<PeriodResult> results =
        Waterfall.run(
            deal,
            List.of(
                collections(1, "30000.00", "0.00", "0.00", "0.00"),
                collections(2, "90000.00", "0.00", "0.00", "0.00")));
    // Period 1: 30,000 − fees 11,000 = 19,000; A's 40,000 needs 21,000 from the reserve, B's
    // 9,000 all from it: draw 30,000, reserve 50,000 → 20,000.
    PeriodResult p1 = results.get(0);
    assertThat(p1.reserve().draw()).isEqualTo(minor("30000"));
    assertThat(p1.reserve().balanceEnd()).isEqualTo(minor("20000"));
    assertThat(p1.tranches()).extracting(TrancheResult::interestShortfall).containsOnly(0L);
    assertThat(p1.log())
        .containsSubsequence(
            "draw reserve 21,000.00 for A interest",
            "pay A interest 40,000.00 (due 40,000.00)",
            "draw reserve 9,000.00 for B interest");
    // Period 2: 90,000 − 11,000 − 40,000 − 9,000 = 30,000 refills the reserve to 50,000.
    PeriodResult p2 = results.get(1);
    assertThat(p2.reserve().deposit()).isEqualTo(minor("30000"));
    assertThat(p2.reserve().balanceEnd()).isEqualTo(minor("50000"));
    assertThat(p2.residualToEquity()).isZero();
  }

  @Test
  void cleanUpCallEndsTheDeal() {
    Deal deal = Examples.deal(Examples.SEQUENTIAL);
    // Principal 9,050,000 leaves 950,000: factor 0.095 ≤ 0.10, so the pool is bought back at
    // 950,000; principal funds 10,000,000 + reserve 10,000 released pay A 8,000,000, B 1,200,000,
    // E 800,000 and 10,000 residual. Interest 70,000 as in the sequential case: reserve not
    // refilled in the last period, so 10,000 interest residual too.
    DealState start =
        new DealState(
            deal.dealId(),
            0,
            DealStatus.CLOSING,
            deal.poolOriginalBalance(),
            0,
            minor("10000"),
            DealState.initial(deal).tranches(),
            DealState.initial(deal).fees(),
            List.of());
    PeriodResult p1 =
        Waterfall.pay(deal, start, collections(1, "70000.00", "9050000.00", "0.00", "0.00"));
    assertThat(p1.statusAfter()).isEqualTo(DealStatus.CALLED);
    assertThat(p1.callProceeds()).isEqualTo(minor("950000"));
    assertThat(p1.poolBalanceEnd()).isZero();
    assertThat(p1.poolFactor()).isZero();
    assertThat(p1.tranches()).extracting(TrancheResult::balanceEnd).containsOnly(0L);
    assertThat(p1.reserve().draw()).isEqualTo(minor("10000"));
    assertThat(p1.residualToEquity()).isEqualTo(minor("20000"));
    assertThat(p1.log())
        .contains(
            "clean-up call: pool factor 0.095 <= 0.10, the pool is bought back at its balance"
                + " 950,000.00");
    assertThatThrownBy(
            () ->
                Waterfall.pay(
                    deal, p1.stateAfter(), collections(2, "1.00", "0.00", "0.00", "0.00")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("deal SEQ-2027-1 is CALLED: no further payment dates");
  }

  @Test
  void poolFactorTriggerRestrictsJuniorTransfers() {
    Deal deal =
        Examples.dealChanged(
            Examples.PRO_RATA, root -> Examples.trigger(root, 3).put("threshold", "0.80"));
    List<PeriodResult> results =
        Waterfall.run(
            deal,
            List.of(
                collections(1, "60000.00", "1000000.00", "0.00", "0.00"),
                collections(2, "60000.00", "1000000.00", "0.00", "0.00")));
    // Pool factor 9,000,000 / 10,000,000 = 0.90 ≥ 0.80, then 8,000,000 / 10,000,000 = 0.80 (not
    // below), so no restriction; a third period of 100,000 gives 0.79 < 0.80.
    assertThat(results).extracting(PeriodResult::juniorTransfersRestricted).containsOnly(false);
    PeriodResult p3 =
        Waterfall.pay(
            deal,
            results.get(1).stateAfter(),
            collections(3, "60000.00", "100000.00", "0.00", "0.00"));
    assertThat(trigger(p3, "JUNIOR-LOCK").value()).isEqualByComparingTo("0.79");
    assertThat(p3.juniorTransfersRestricted()).isTrue();
    assertThat(p3.log()).contains("junior tranche transfers restricted");
    assertThat(deal.juniorTranches()).containsExactly("B", "E");
  }

  @Test
  void poolPaidOffEndsTheDeal() {
    Deal deal = Examples.dealChanged(Examples.SEQUENTIAL, root -> root.remove("cleanUpCall"));
    // Losses 2,000,000 write off E 800,000 and B 1,200,000; principal 8,000,000 pays A off; the
    // pool 10,000,000 − 8,000,000 − 2,000,000 = 0: ENDED. Interest 70,000 − 11,000 fees − A 40,000
    // = 19,000; B's 9,000 interest is still paid (interest is due on the balance at period start);
    // the last period does not refill the reserve: 10,000 residual.
    PeriodResult p1 =
        Waterfall.pay(
            deal,
            DealState.initial(deal),
            collections(1, "70000.00", "8000000.00", "0.00", "2000000.00"));
    assertThat(p1.statusAfter()).isEqualTo(DealStatus.ENDED);
    assertThat(p1.tranches())
        .extracting(TrancheResult::principalPaid)
        .containsExactly(minor("8000000"), 0L, 0L);
    assertThat(p1.tranches()).extracting(TrancheResult::balanceEnd).containsOnly(0L);
    assertThat(tranche(p1, "B").interestPaid()).isEqualTo(minor("9000"));
    assertThat(p1.reserve().deposit()).isZero();
    assertThat(p1.residualToEquity()).isEqualTo(minor("10000"));
    assertThatThrownBy(
            () ->
                Waterfall.pay(
                    deal, p1.stateAfter(), collections(2, "0.00", "0.00", "0.00", "0.00")))
        .hasMessage("deal SEQ-2027-1 is ENDED: no further payment dates");
  }

  @Test
  void whatTheTranchesStillOweWhenThePoolIsGoneIsWrittenOff() {
    Deal deal = Examples.dealChanged(Examples.PRO_RATA, root -> root.remove("reserve"));
    // Losses 1,600,000 (cumulative default 0.16 > 0.15: accelerated) write off E 1,000,000 and B
    // 600,000 (B 1,400,000); principal 8,400,000 empties the pool. All funds, 8,400,000: trustee
    // 500;
    // A interest 23,333.33 and principal 7,000,000 (1,376,166.67 left); B interest 10,000 and
    // principal 1,366,166.67; B's last 33,833.33 is lost.
    PeriodResult p1 =
        Waterfall.pay(
            deal,
            DealState.initial(deal),
            collections(1, "0.00", "8400000.00", "0.00", "1600000.00"));
    assertThat(p1.statusAfter()).isEqualTo(DealStatus.ENDED);
    assertThat(tranche(p1, "B").principalPaid()).isEqualTo(minor("1366166.67"));
    assertThat(tranche(p1, "B").writeDown()).isEqualTo(minor("600000") + minor("33833.33"));
    assertThat(tranche(p1, "B").balanceEnd()).isZero();
    assertThat(p1.log()).contains("write off unpaid balance 33,833.33 on B (the pool is gone)");
    assertThat(p1.residualToEquity()).isZero();
  }

  @Test
  void refusesCollectionsThatDoNotFit() {
    Deal deal = Examples.deal(Examples.SEQUENTIAL);
    DealState start = DealState.initial(deal);
    assertThatThrownBy(
            () -> Waterfall.pay(deal, start, collections(2, "1.00", "0.00", "0.00", "0.00")))
        .hasMessage("collections are for period 2, the next period of deal SEQ-2027-1 is 1");
    assertThatThrownBy(
            () ->
                Waterfall.pay(
                    deal, start, collections(1, "1.00", "9000000.00", "0.00", "1000000.01")))
        .hasMessage(
            "period 1: principal 9,000,000.00 + losses 1,000,000.01 exceed the pool balance"
                + " 10,000,000.00");
    assertThatThrownBy(
            () -> Waterfall.pay(deal, start, new PeriodCollections(1, 0, 1, 0, Long.MAX_VALUE)))
        .hasMessageContaining("exceed the pool balance");
    Deal other = Examples.deal(Examples.PRO_RATA);
    assertThatThrownBy(
            () -> Waterfall.pay(other, start, collections(1, "1.00", "0.00", "0.00", "0.00")))
        .hasMessage("the state is deal SEQ-2027-1's, not PRO-2027-1's");
  }
}
