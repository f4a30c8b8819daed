package org.cornerstone.reports.securitization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cornerstone.reports.securitization.PoolReport.Bucket;
import org.cornerstone.reports.securitization.PoolReport.Collections;
import org.cornerstone.reports.securitization.PoolReport.Deal;
import org.cornerstone.reports.securitization.PoolReport.Delinquency;
import org.cornerstone.reports.securitization.PoolReport.FeePeriod;
import org.cornerstone.reports.securitization.PoolReport.Period;
import org.cornerstone.reports.securitization.PoolReport.TrancheClass;
import org.cornerstone.reports.securitization.PoolReport.TranchePeriod;
import org.cornerstone.reports.securitization.PoolReport.TrancheTerms;
import org.cornerstone.reports.securitization.PoolReport.TriggerPeriod;
import org.cornerstone.reports.securitization.PoolReport.TriggerTerms;

/**
 * A deal of 3 tranches (A senior, B mezzanine, E equity) over 6 monthly periods: principal paid
 * sequentially to A, an interest shortfall on B in period 4 caught up in period 5, trigger IC-A
 * breached in periods 3 and 4 and cured in period 5, and a loss of 150,000.00 in period 6 written
 * off the equity tranche. The figures are inputs (as the engine would answer them); the tests
 * compute their expectations from these inputs on their own.
 */
final class PoolReportFixtures {
  static final long ORIGINAL = 10_000_000_00L;
  static final long[] PRINCIPAL = {
    120_000_17L, 131_250_33L, 118_900_05L, 125_000_00L, 140_321_99L, 110_000_01L
  };
  static final long[] LOSSES = {0, 0, 0, 0, 0, 150_000_00L};
  static final long[] RECOVERIES = {0, 0, 0, 0, 3_000_50L, 1_234_56L};
  static final long[] INTEREST = {
    45_000_11L, 44_512_90L, 43_998_07L, 41_203_44L, 46_100_00L, 42_876_54L
  };
  static final String[] IC_A = {"1.92", "1.88", "1.45", "1.41", "1.62", "1.70"};
  static final long[] DPD30 = {
    50_000_00L, 61_234_50L, 80_000_00L, 95_500_25L, 70_000_00L, 40_000_00L
  };
  static final long[] DPD60 = {0, 20_000_00L, 30_000_00L, 45_000_00L, 60_000_00L, 20_000_00L};
  static final long[] DPD90 = {0, 0, 10_000_00L, 25_000_00L, 150_000_00L, 5_000_00L};

  private PoolReportFixtures() {}

  static Deal deal() {
    return new Deal(
        "HRT-2027-1",
        "Harbour Realty Trust 2027-1",
        "CNY",
        "Harbour Realty SPV Trust",
        "Trustee Bank",
        "Servicer Ltd",
        LocalDate.of(2027, 1, 15),
        ORIGINAL,
        List.of(
            new TrancheTerms("A", TrancheClass.SENIOR, 8_000_000_00L, new BigDecimal("0.035")),
            new TrancheTerms("B", TrancheClass.MEZZANINE, 1_200_000_00L, new BigDecimal("0.055")),
            new TrancheTerms("E", TrancheClass.EQUITY, 800_000_00L, null)),
        List.of(
            new TriggerTerms("OC-A", "OC", true),
            new TriggerTerms("IC-A", "IC", true),
            new TriggerTerms("CDR", "CUMULATIVE_DEFAULT", false)));
  }

  static List<Period> periods() {
    List<Period> periods = new ArrayList<>();
    long pool = ORIGINAL;
    long a = 8_000_000_00L;
    long b = 1_200_000_00L;
    long e = 800_000_00L;
    long carried = 0;
    long cumulativeDefaults = 0;
    for (int i = 0; i < 6; i++) {
      int number = i + 1;
      long poolBefore = pool;
      pool = pool - PRINCIPAL[i] - LOSSES[i];
      cumulativeDefaults += LOSSES[i];
      long aDue = interest(a, "0.035");
      long bDue = interest(b, "0.055") + carried;
      long bPaid = number == 4 ? 4_000_00L : bDue;
      carried = bDue - bPaid;
      TranchePeriod ta =
          new TranchePeriod("A", a, aDue, aDue, 0, PRINCIPAL[i], 0, a - PRINCIPAL[i]);
      TranchePeriod tb = new TranchePeriod("B", b, bDue, bPaid, bDue - bPaid, 0, 0, b);
      TranchePeriod te = new TranchePeriod("E", e, 0, 0, 0, 0, LOSSES[i], e - LOSSES[i]);
      a -= PRINCIPAL[i];
      e -= LOSSES[i];
      long servicer = interest(poolBefore, "0.005");
      BigDecimal factor =
          BigDecimal.valueOf(pool).divide(BigDecimal.valueOf(ORIGINAL), 6, RoundingMode.HALF_UP);
      BigDecimal oc =
          BigDecimal.valueOf(pool).divide(BigDecimal.valueOf(a), 4, RoundingMode.HALF_UP);
      BigDecimal cdr =
          BigDecimal.valueOf(cumulativeDefaults)
              .divide(BigDecimal.valueOf(ORIGINAL), 4, RoundingMode.HALF_UP);
      long delinquent = DPD30[i] + DPD60[i] + DPD90[i];
      LocalDate payment = LocalDate.of(2027, 2, 15).plusMonths(i);
      periods.add(
          new Period(
              number,
              payment,
              payment.minusDays(5),
              pool,
              factor,
              new Collections(INTEREST[i], PRINCIPAL[i], RECOVERIES[i]),
              LOSSES[i],
              new Delinquency(
                  new Bucket(pool - delinquent, 1_000 - 3 * number),
                  new Bucket(DPD30[i], 5 + number),
                  new Bucket(DPD60[i], DPD60[i] == 0 ? 0 : 2 + number),
                  new Bucket(DPD90[i], DPD90[i] == 0 ? 0 : number)),
              cumulativeDefaults,
              List.of(ta, tb, te),
              List.of(
                  new FeePeriod("trustee", 1_000_00L, 1_000_00L),
                  new FeePeriod("servicer", servicer, servicer)),
              number == 4 ? 92_345_67L : 100_000_00L,
              List.of(
                  new TriggerPeriod("OC-A", oc, new BigDecimal("1.10"), false),
                  new TriggerPeriod(
                      "IC-A",
                      new BigDecimal(IC_A[i]),
                      new BigDecimal("1.50"),
                      new BigDecimal(IC_A[i]).compareTo(new BigDecimal("1.50")) < 0),
                  new TriggerPeriod("CDR", cdr, new BigDecimal("0.08"), false))));
    }
    return periods;
  }

  /** A month's interest on {@code balance} at an annual {@code rate}, half up to the fen. */
  static long interest(long balance, String rate) {
    return BigDecimal.valueOf(balance)
        .multiply(new BigDecimal(rate))
        .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** The step log of the fixture's last period, written from its figures as the engine would. */
  static List<String> steps() {
    List<Period> periods = periods();
    Period p = periods.get(periods.size() - 1);
    TranchePeriod a = p.tranches().get(0);
    TranchePeriod b = p.tranches().get(1);
    TranchePeriod e = p.tranches().get(2);
    return List.of(
        "pay trustee fee " + amount(p.fees().get(0).paidMinor()),
        "pay servicer fee " + amount(p.fees().get(1).paidMinor()),
        "pay A interest " + amount(a.interestPaidMinor()),
        "pay B interest " + amount(b.interestPaidMinor()),
        "pay A principal " + amount(a.principalPaidMinor()),
        "write off " + amount(e.lossesMinor()) + " from E (losses bottom-up)",
        "trigger IC-A passed: 1.70 >= 1.50",
        "pay residual to E");
  }

  private static String amount(long minor) {
    return String.format(Locale.ROOT, "%,.2f", BigDecimal.valueOf(minor, 2));
  }

  static PoolReport report(Locale language) {
    return new PoolReport(
        language, deal(), Instant.parse("2027-07-16T08:00:00Z"), periods(), steps());
  }
}
