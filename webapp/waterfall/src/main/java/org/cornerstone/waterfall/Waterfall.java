package org.cornerstone.waterfall;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cornerstone.waterfall.DealState.FeeState;
import org.cornerstone.waterfall.DealState.TrancheState;
import org.cornerstone.waterfall.PeriodResult.FeeResult;
import org.cornerstone.waterfall.PeriodResult.ReserveResult;
import org.cornerstone.waterfall.PeriodResult.TrancheResult;
import org.cornerstone.waterfall.PeriodResult.TriggerResult;

/**
 * The cash-flow waterfall, one payment date at a time: {@code pay(deal, stateBefore, collections)}
 * is a pure function (no clock, no I/O) returning the period's figures, its step log and the state
 * after. Order of a period (details in docs/securitization/deal-file.md):
 *
 * <ol>
 *   <li>losses are written off the pool and the tranches bottom-up (equity first);
 *   <li>every trigger is tested: OC on the pool balance after losses and the tranche balances after
 *       write-down, both before this period's principal; pool factor on the pool balance after the
 *       period's principal and losses;
 *   <li>the clean-up call is exercised if the pool factor is at or below its threshold: the pool is
 *       bought back at its balance, which is paid out as principal;
 *   <li>interest funds (interest collections, and the reserve for shortfalls) pay the senior fees
 *       in order, then interest by seniority; unpaid amounts are carried to the next period (no
 *       interest on interest); then the reserve is refilled to its target; the rest is residual to
 *       equity;
 *   <li>principal funds (principal collections + recoveries + call proceeds + the reserve released
 *       in the last period) pay the non-equity tranches sequentially or pro rata (sequentially
 *       while a SEQUENTIAL_PRINCIPAL trigger is breached), then the equity balance; anything left
 *       once every balance is zero first catches up unpaid fees and interest, then is residual to
 *       equity;
 *   <li>in the last period (pool paid off or called) what the tranches still owe is written off.
 * </ol>
 *
 * <p>Accelerated deals pool all funds (including the whole reserve) and pay the fees, then each
 * tranche its interest and then its principal, most senior first.
 *
 * <p>Rounding: interest due = balance at period start × coupon / periods per year, a rate fee =
 * pool balance at period start × rate / periods per year, each rounded HALF_EVEN to the minor unit;
 * pro-rata principal is shared by largest remainder (ties to the more senior tranche). Nothing else
 * rounds.
 */
public final class Waterfall {

  private Waterfall() {}

  /** Runs the collections of consecutive periods from closing; stops early if the deal ends. */
  public static List<PeriodResult> run(Deal deal, List<PeriodCollections> collections) {
    List<PeriodResult> results = new ArrayList<>(collections.size());
    DealState state = DealState.initial(deal);
    for (PeriodCollections period : collections) {
      if (state.status().isFinal()) {
        break;
      }
      PeriodResult result = pay(deal, state, period);
      results.add(result);
      state = result.stateAfter();
    }
    return results;
  }

  /**
   * Pays one period.
   *
   * @throws IllegalArgumentException the state is not this deal's, the period is not the next one,
   *     or principal + losses exceed the pool balance
   * @throws IllegalStateException the deal is CALLED or ENDED
   */
  public static PeriodResult pay(Deal deal, DealState before, PeriodCollections collections) {
    before.requireOf(deal);
    if (before.status().isFinal()) {
      throw new IllegalStateException(
          "deal " + deal.dealId() + " is " + before.status() + ": no further payment dates");
    }
    if (collections.period() != before.period() + 1) {
      throw new IllegalArgumentException(
          "collections are for period "
              + collections.period()
              + ", the next period of deal "
              + deal.dealId()
              + " is "
              + (before.period() + 1));
    }
    long poolStart = before.poolBalance();
    if (collections.principal() > poolStart
        || collections.losses() > poolStart - collections.principal()) {
      throw new IllegalArgumentException(
          "period "
              + collections.period()
              + ": principal "
              + deal.format(collections.principal())
              + " + losses "
              + deal.format(collections.losses())
              + " exceed the pool balance "
              + deal.format(poolStart));
    }
    return new Run(deal, before, collections).pay();
  }

  /** One period's computation; mutable working figures, immutable result. */
  private static final class Run {
    private final Deal deal;
    private final DealState before;
    private final PeriodCollections in;
    private final List<String> log = new ArrayList<>();
    private final int n;
    private final long[] balanceStart;
    private final long[] balance;
    private final long[] interestDue;
    private final long[] interestPaid;
    private final long[] writeDown;
    private final long[] principalPaid;
    private final long[] feeDue;
    private final long[] feePaid;
    private long reserveBalance;
    private long reserveDraw;
    private long reserveDeposit;
    private long residual;
    private long funds;

    Run(Deal deal, DealState before, PeriodCollections in) {
      this.deal = deal;
      this.before = before;
      this.in = in;
      n = deal.tranches().size();
      balanceStart = new long[n];
      balance = new long[n];
      interestDue = new long[n];
      interestPaid = new long[n];
      writeDown = new long[n];
      principalPaid = new long[n];
      feeDue = new long[deal.fees().size()];
      feePaid = new long[deal.fees().size()];
      reserveBalance = before.reserveBalance();
    }

    PeriodResult pay() {
      int periodsPerYear = deal.paymentFrequency().periodsPerYear();
      long poolStart = before.poolBalance();
      log.add(
          "period "
              + in.period()
              + " ("
              + deal.paymentDate(in.period())
              + "): collections interest "
              + f(in.interest())
              + ", principal "
              + f(in.principal())
              + ", recoveries "
              + f(in.recoveries())
              + ", losses "
              + f(in.losses())
              + "; pool balance "
              + f(poolStart));
      for (int i = 0; i < n; i++) {
        TrancheState tranche = before.tranches().get(i);
        balanceStart[i] = tranche.balance();
        balance[i] = tranche.balance();
        BigDecimal coupon = deal.tranches().get(i).coupon();
        interestDue[i] =
            coupon == null
                ? 0
                : tranche.interestShortfall()
                    + Money.mulDiv(tranche.balance(), coupon, periodsPerYear);
      }
      for (int j = 0; j < feeDue.length; j++) {
        Fee fee = deal.fees().get(j);
        long current =
            fee.fixed() != null ? fee.fixed() : Money.mulDiv(poolStart, fee.rate(), periodsPerYear);
        feeDue[j] = before.fees().get(j).shortfall() + current;
      }

      // 1. Losses: off the pool, and off the tranches bottom-up.
      long poolEnd = poolStart - in.principal() - in.losses();
      long cumulativeLosses = before.cumulativeLosses() + in.losses();
      long loss = in.losses();
      for (int i = n - 1; i >= 0 && loss > 0; i--) {
        long off = Math.min(loss, balance[i]);
        if (off > 0) {
          writeDown[i] = off;
          balance[i] -= off;
          loss -= off;
          log.add(
              "write off loss " + f(off) + " on " + name(i) + " (balance " + f(balance[i]) + ")");
        }
      }

      // 2. Triggers.
      List<TriggerResult> triggers = new ArrayList<>();
      Set<String> wasBreached = new HashSet<>(before.breachedTriggers());
      List<String> breached = new ArrayList<>();
      boolean sequentialSwitch = false;
      boolean accelerate = before.status() == DealStatus.ACCELERATED;
      boolean restrictJunior = false;
      long feesDueTotal = 0;
      for (long due : feeDue) {
        feesDueTotal += due;
      }
      for (Trigger trigger : deal.triggers()) {
        TriggerResult result =
            test(
                trigger,
                poolEnd,
                cumulativeLosses,
                feesDueTotal,
                wasBreached.contains(trigger.name()));
        triggers.add(result);
        if (result.breached()) {
          breached.add(trigger.name());
          switch (trigger.effect()) {
            case SEQUENTIAL_PRINCIPAL -> sequentialSwitch = true;
            case ACCELERATE -> accelerate = true;
            case RESTRICT_JUNIOR_TRANSFERS -> restrictJunior = true;
          }
        }
      }
      if (accelerate && before.status() != DealStatus.ACCELERATED) {
        log.add(
            "deal accelerated: all funds pay each tranche's interest, then its principal, in turn");
      }

      // 3. Clean-up call.
      long callProceeds = 0;
      DealStatus after;
      BigDecimal factorBeforeCall = TriggerCheck.ratio(poolEnd, deal.poolOriginalBalance());
      if (deal.cleanUpCallPoolFactor().isPresent()
          && poolEnd > 0
          && BigDecimal.valueOf(poolEnd)
                  .compareTo(
                      deal.cleanUpCallPoolFactor()
                          .get()
                          .multiply(BigDecimal.valueOf(deal.poolOriginalBalance())))
              <= 0) {
        callProceeds = poolEnd;
        log.add(
            "clean-up call: pool factor "
                + TriggerCheck.show(factorBeforeCall)
                + " <= "
                + deal.cleanUpCallPoolFactor().get().toPlainString()
                + ", the pool is bought back at its balance "
                + f(poolEnd));
        poolEnd = 0;
        after = DealStatus.CALLED;
      } else if (poolEnd == 0) {
        after = DealStatus.ENDED;
      } else if (accelerate) {
        after = DealStatus.ACCELERATED;
      } else {
        after = DealStatus.AMORTIZING;
      }
      boolean last = after.isFinal();
      BigDecimal poolFactor = TriggerCheck.ratio(poolEnd, deal.poolOriginalBalance());

      // 4.-5. The waterfall proper.
      PrincipalPayment mode;
      if (accelerate) {
        mode = PrincipalPayment.SEQUENTIAL;
        funds = in.interest() + in.principal() + in.recoveries() + callProceeds;
        if (reserveBalance > 0) {
          log.add("release reserve " + f(reserveBalance));
          reserveDraw += reserveBalance;
          funds += reserveBalance;
          reserveBalance = 0;
        }
        payFees(false);
        for (int i = 0; i < n; i++) {
          if (deal.tranches().get(i).isEquity()) {
            continue;
          }
          payInterest(i, false);
          payPrincipal(i);
        }
        payPrincipal(n - 1);
      } else {
        funds = in.interest();
        payFees(true);
        for (int i = 0; i < n; i++) {
          if (!deal.tranches().get(i).isEquity()) {
            payInterest(i, true);
          }
        }
        if (deal.reserve().isPresent() && !last) {
          long deposit = Math.min(funds, deal.reserve().get().target() - reserveBalance);
          if (deposit > 0) {
            funds -= deposit;
            reserveDeposit = deposit;
            reserveBalance += deposit;
            log.add(
                "deposit "
                    + f(deposit)
                    + " to reserve (balance "
                    + f(reserveBalance)
                    + ", target "
                    + f(deal.reserve().get().target())
                    + ")");
          }
        }
        if (funds > 0) {
          residual += funds;
          log.add("pay residual interest " + f(funds) + " to " + name(n - 1));
          funds = 0;
        }
        funds = in.principal() + in.recoveries() + callProceeds;
        if (last && reserveBalance > 0) {
          log.add("release reserve " + f(reserveBalance) + " (last period)");
          reserveDraw += reserveBalance;
          funds += reserveBalance;
          reserveBalance = 0;
        }
        mode = sequentialSwitch ? PrincipalPayment.SEQUENTIAL : deal.principalPayment();
        if (mode == PrincipalPayment.SEQUENTIAL) {
          for (int i = 0; i < n - 1; i++) {
            payPrincipal(i);
          }
        } else {
          payProRata();
        }
        payPrincipal(n - 1);
        if (funds > 0) {
          // Every balance is zero: catch up unpaid fees and interest before the residual.
          payFees(false);
          for (int i = 0; i < n - 1; i++) {
            payInterest(i, false);
          }
        }
      }
      if (funds > 0) {
        residual += funds;
        log.add("pay residual " + f(funds) + " to " + name(n - 1));
        funds = 0;
      }
      if (last) {
        // The pool is gone (paid off or bought back): what the tranches still owe is lost.
        for (int i = n - 1; i >= 0; i--) {
          if (balance[i] > 0) {
            writeDown[i] += balance[i];
            log.add(
                "write off unpaid balance "
                    + f(balance[i])
                    + " on "
                    + name(i)
                    + " (the pool is gone)");
            balance[i] = 0;
          }
        }
      }
      if (restrictJunior) {
        log.add("junior tranche transfers restricted");
      }

      return result(
          poolStart,
          poolEnd,
          poolFactor,
          callProceeds,
          cumulativeLosses,
          after,
          mode,
          restrictJunior,
          triggers,
          breached);
    }

    private PeriodResult result(
        long poolStart,
        long poolEnd,
        BigDecimal poolFactor,
        long callProceeds,
        long cumulativeLosses,
        DealStatus after,
        PrincipalPayment mode,
        boolean restrictJunior,
        List<TriggerResult> triggers,
        List<String> breached) {
      List<FeeResult> fees = new ArrayList<>();
      List<FeeState> feeStates = new ArrayList<>();
      long feesPaid = 0;
      for (int j = 0; j < feeDue.length; j++) {
        String name = deal.fees().get(j).name();
        fees.add(new FeeResult(name, feeDue[j], feePaid[j], feeDue[j] - feePaid[j]));
        feeStates.add(new FeeState(name, feeDue[j] - feePaid[j]));
        feesPaid += feePaid[j];
      }
      List<TrancheResult> tranches = new ArrayList<>();
      List<TrancheState> trancheStates = new ArrayList<>();
      long interestTotal = 0;
      long principalTotal = 0;
      for (int i = 0; i < n; i++) {
        Tranche tranche = deal.tranches().get(i);
        long shortfall = interestDue[i] - interestPaid[i];
        tranches.add(
            new TrancheResult(
                tranche.name(),
                tranche.trancheClass(),
                balanceStart[i],
                interestDue[i],
                interestPaid[i],
                shortfall,
                writeDown[i],
                principalPaid[i],
                balance[i]));
        trancheStates.add(new TrancheState(tranche.name(), balance[i], shortfall));
        interestTotal += interestPaid[i];
        principalTotal += principalPaid[i];
      }
      long cashIn = in.interest() + in.principal() + in.recoveries() + callProceeds + reserveDraw;
      long cashOut = feesPaid + interestTotal + principalTotal + reserveDeposit + residual;
      if (cashIn != cashOut) {
        throw new IllegalStateException(
            "conservation broken in period " + in.period() + ": in " + cashIn + ", out " + cashOut);
      }
      long target = deal.reserve().map(Reserve::target).orElse(0L);
      ReserveResult reserve =
          new ReserveResult(
              target, before.reserveBalance(), reserveDraw, reserveDeposit, reserveBalance);
      DealState stateAfter =
          new DealState(
              deal.dealId(),
              in.period(),
              after,
              poolEnd,
              cumulativeLosses,
              reserveBalance,
              trancheStates,
              feeStates,
              breached);
      log.add(
          "end of period "
              + in.period()
              + ": status "
              + after
              + ", pool balance "
              + f(poolEnd)
              + ", tranche balances "
              + balances());
      return new PeriodResult(
          in.period(),
          deal.paymentDate(in.period()),
          before.status(),
          after,
          in,
          poolStart,
          poolEnd,
          poolFactor,
          callProceeds,
          mode,
          restrictJunior,
          fees,
          tranches,
          reserve,
          triggers,
          residual,
          cashIn,
          cashOut,
          log,
          stateAfter);
    }

    private String balances() {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < n; i++) {
        text.append(i == 0 ? "" : ", ").append(name(i)).append(' ').append(f(balance[i]));
      }
      return text.toString();
    }

    /** Takes up to {@code due} from the funds, drawing the reserve for a shortfall if allowed. */
    private long take(long due, boolean drawReserve, String what) {
      if (drawReserve && funds < due && reserveBalance > 0) {
        long draw = Math.min(due - funds, reserveBalance);
        reserveBalance -= draw;
        reserveDraw += draw;
        funds += draw;
        log.add("draw reserve " + f(draw) + " for " + what);
      }
      long paid = Math.min(due, funds);
      funds -= paid;
      return paid;
    }

    private void payFees(boolean drawReserve) {
      for (int j = 0; j < feeDue.length; j++) {
        long open = feeDue[j] - feePaid[j];
        if (open == 0) {
          continue;
        }
        String name = deal.fees().get(j).name();
        long paid = take(open, drawReserve, name + " fee");
        feePaid[j] += paid;
        log.add(
            "pay "
                + name
                + " fee "
                + f(paid)
                + (paid < open ? " (due " + f(open) + ", shortfall " + f(open - paid) + ")" : ""));
      }
    }

    private void payInterest(int i, boolean drawReserve) {
      long open = interestDue[i] - interestPaid[i];
      if (open == 0) {
        return;
      }
      long paid = take(open, drawReserve, name(i) + " interest");
      interestPaid[i] += paid;
      log.add(
          "pay "
              + name(i)
              + " interest "
              + f(paid)
              + " (due "
              + f(open)
              + (paid < open ? ", shortfall " + f(open - paid) + " carried forward" : "")
              + ")");
    }

    private void payPrincipal(int i) {
      long paid = Math.min(funds, balance[i]);
      if (paid > 0) {
        principalTo(i, paid);
        funds -= paid;
      }
    }

    private void principalTo(int i, long paid) {
      principalPaid[i] += paid;
      balance[i] -= paid;
      log.add("pay " + name(i) + " principal " + f(paid) + " (balance " + f(balance[i]) + ")");
    }

    /** Pro rata to the non-equity balances ({@link ProRata#shares}). */
    private void payProRata() {
      long[] share = ProRata.shares(funds, java.util.Arrays.copyOf(balance, n - 1));
      if (share == null) {
        for (int i = 0; i < n - 1; i++) {
          payPrincipal(i);
        }
        return;
      }
      for (int i = 0; i < n - 1; i++) {
        if (share[i] > 0) {
          principalTo(i, share[i]);
          funds -= share[i];
        }
      }
    }

    private TriggerResult test(
        Trigger trigger,
        long poolEnd,
        long cumulativeLosses,
        long feesDueTotal,
        boolean wasBreached) {
      long numerator;
      long denominator;
      int tranche = trigger.tranche() == null ? -1 : deal.trancheIndex(trigger.tranche());
      switch (trigger.test()) {
        case OC -> {
          // Pool and tranches at the same point: after losses, before principal on either side.
          numerator = before.poolBalance() - in.losses();
          denominator = 0;
          for (int i = 0; i <= tranche; i++) {
            denominator += balance[i];
          }
        }
        case IC -> {
          numerator = in.interest() - feesDueTotal;
          denominator = 0;
          for (int i = 0; i <= tranche; i++) {
            denominator += interestDue[i];
          }
        }
        case CUMULATIVE_DEFAULT -> {
          numerator = cumulativeLosses;
          denominator = deal.poolOriginalBalance();
        }
        default -> {
          numerator = poolEnd;
          denominator = deal.poolOriginalBalance();
        }
      }
      return TriggerCheck.evaluate(deal, trigger, numerator, denominator, wasBreached, log);
    }

    private String name(int i) {
      return deal.tranches().get(i).name();
    }

    private String f(long minor) {
      return deal.format(minor);
    }
  }
}
