package org.cornerstone.waterfall.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.cornerstone.waterfall.Deal;
import org.cornerstone.waterfall.Fee;
import org.cornerstone.waterfall.PaymentFrequency;
import org.cornerstone.waterfall.PeriodCollections;
import org.cornerstone.waterfall.PeriodResult;
import org.cornerstone.waterfall.PrincipalPayment;
import org.cornerstone.waterfall.Reserve;
import org.cornerstone.waterfall.Tranche;
import org.cornerstone.waterfall.TrancheClass;
import org.cornerstone.waterfall.Trigger;
import org.cornerstone.waterfall.TriggerEffect;
import org.cornerstone.waterfall.TriggerTest;
import org.cornerstone.waterfall.Waterfall;
import org.cornerstone.waterfall.tape.Amortization;
import org.cornerstone.waterfall.tape.Loan;
import org.cornerstone.waterfall.tape.LoanStatus;
import org.cornerstone.waterfall.tape.LoanTape;
import org.cornerstone.waterfall.tape.Projection;
import org.cornerstone.waterfall.tape.Projection.Assumptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A 360-period monthly deal (A senior, B mezzanine, E equity; pro rata with OC, IC, cumulative
 * default and pool factor triggers, two fees, a reserve) over a tape of 10,000 level-pay loans of
 * 360 months (25 distinct rates, 3 % to 9 %), projected at 6 % CPR and 2 % CDR. Measured: the
 * projection alone, the waterfall alone (on the projected collections), both (tape → collections →
 * waterfall), and the baseline in the same run: summing the same 10,000 × 360 precomputed monthly
 * cash flows into 360 period totals, the least any projection has to do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WaterfallBenchmark {

  static final int LOANS = 10_000;
  static final int MONTHS = 360;

  private LoanTape tape;
  private Deal deal;
  private Assumptions assumptions;
  private List<PeriodCollections> collections;
  private long[][] cashFlows;

  @Setup
  public void setUp() {
    Random random = new Random(2027);
    List<Loan> loans = new ArrayList<>(LOANS);
    long pool = 0;
    for (int i = 0; i < LOANS; i++) {
      long balance = 5_000_000 + (long) (random.nextDouble() * 195_000_000); // 50,000 to 2,000,000
      BigDecimal rate = BigDecimal.valueOf(300 + 25 * random.nextInt(25), 4);
      loans.add(
          new Loan(
              "L" + i,
              "Obligor " + (i % 997),
              balance,
              rate,
              MONTHS,
              MONTHS,
              LoanStatus.PERFORMING));
      pool += balance;
    }
    tape = new LoanTape(loans);
    long a = pool / 100 * 80;
    long b = pool / 100 * 12;
    deal =
        new Deal(
            "BENCH-1",
            "Benchmark deal",
            "CNY",
            2,
            LocalDate.of(2027, 1, 15),
            LocalDate.of(2027, 2, 15),
            PaymentFrequency.MONTHLY,
            pool,
            List.of(
                new Tranche("A", TrancheClass.SENIOR, a, new BigDecimal("0.035")),
                new Tranche("B", TrancheClass.MEZZANINE, b, new BigDecimal("0.055")),
                new Tranche("E", TrancheClass.EQUITY, pool - a - b, null)),
            PrincipalPayment.PRO_RATA,
            List.of(
                new Fee("trustee", 100_000L, null),
                new Fee("servicer", null, new BigDecimal("0.005"))),
            Optional.of(new Reserve(pool / 100, pool / 100)),
            List.of(
                new Trigger(
                    "OC-A",
                    TriggerTest.OC,
                    "A",
                    new BigDecimal("1.10"),
                    true,
                    TriggerEffect.SEQUENTIAL_PRINCIPAL),
                new Trigger(
                    "IC-A",
                    TriggerTest.IC,
                    "A",
                    new BigDecimal("1.50"),
                    true,
                    TriggerEffect.SEQUENTIAL_PRINCIPAL),
                new Trigger(
                    "CDR",
                    TriggerTest.CUMULATIVE_DEFAULT,
                    null,
                    new BigDecimal("0.20"),
                    false,
                    TriggerEffect.ACCELERATE),
                new Trigger(
                    "JUNIOR-LOCK",
                    TriggerTest.POOL_FACTOR,
                    null,
                    new BigDecimal("0.50"),
                    true,
                    TriggerEffect.RESTRICT_JUNIOR_TRANSFERS)),
            Optional.empty());
    assumptions = new Assumptions(new BigDecimal("0.06"), new BigDecimal("0.02"));
    collections = Projection.monthly(tape, assumptions, MONTHS);
    if (collections.size() != MONTHS || Waterfall.run(deal, collections).size() != MONTHS) {
      throw new IllegalStateException("the benchmark deal must run 360 periods");
    }
    cashFlows = new long[LOANS][];
    for (int i = 0; i < LOANS; i++) {
      cashFlows[i] =
          Amortization.schedule(loans.get(i)).stream()
              .mapToLong(Amortization.Row::payment)
              .toArray();
    }
  }

  @Benchmark
  public List<PeriodCollections> projection() {
    return Projection.monthly(tape, assumptions, MONTHS);
  }

  @Benchmark
  public List<PeriodResult> waterfall() {
    return Waterfall.run(deal, collections);
  }

  @Benchmark
  public List<PeriodResult> tapeToWaterfall() {
    return Waterfall.run(deal, Projection.monthly(tape, assumptions, MONTHS));
  }

  /** Baseline: 10,000 × 360 precomputed cash flows summed into 360 period totals. */
  @Benchmark
  public long[] baselineNaiveSum() {
    long[] totals = new long[MONTHS];
    for (long[] loan : cashFlows) {
      for (int m = 0; m < loan.length; m++) {
        totals[m] += loan[m];
      }
    }
    return totals;
  }
}
