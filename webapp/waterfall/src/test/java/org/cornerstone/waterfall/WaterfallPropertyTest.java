package org.cornerstone.waterfall;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.cornerstone.waterfall.PeriodResult.FeeResult;
import org.cornerstone.waterfall.PeriodResult.TrancheResult;
import org.junit.jupiter.api.Test;

/**
 * Properties on random deals and random collection streams (seeded: a failure names its seed, and
 * re-running with that seed reproduces it). 400 deals, each run until it ends or for 120 periods.
 */
class WaterfallPropertyTest {

  private static final int DEALS = 400;

  @Test
  void conservationAndBalancesHoldOnRandomDeals() {
    for (int seed = 1; seed <= DEALS; seed++) {
      Random random = new Random(seed);
      Deal deal = randomDeal(random, seed);
      try {
        check(deal, random);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed " + seed + ", deal " + deal, e);
      }
    }
  }

  private static void check(Deal deal, Random random) {
    DealState state = DealState.initial(deal);
    long[] principalTotal = new long[deal.tranches().size()];
    for (int period = 1; period <= 120 && !state.status().isFinal(); period++) {
      PeriodCollections collections = randomCollections(random, period, state.poolBalance());
      PeriodResult result = Waterfall.pay(deal, state, collections);

      long feesPaid = result.fees().stream().mapToLong(FeeResult::paid).sum();
      long interestPaid = result.tranches().stream().mapToLong(TrancheResult::interestPaid).sum();
      long principalPaid = result.tranches().stream().mapToLong(TrancheResult::principalPaid).sum();
      long in =
          collections.interest()
              + collections.principal()
              + collections.recoveries()
              + result.callProceeds()
              + result.reserve().draw();
      long out =
          feesPaid
              + interestPaid
              + principalPaid
              + result.reserve().deposit()
              + result.residualToEquity();
      // Cash in = cash out, to the fen; the reserve's change is its deposit less its draw.
      assertThat(out).isEqualTo(in);
      assertThat(result.reserve().balanceEnd() - result.reserve().balanceStart())
          .isEqualTo(result.reserve().deposit() - result.reserve().draw());
      assertThat(result.reserve().balanceEnd()).isNotNegative();
      assertThat(result.residualToEquity()).isNotNegative();
      assertThat(result.poolBalanceEnd()).isNotNegative();

      for (int i = 0; i < result.tranches().size(); i++) {
        TrancheResult tranche = result.tranches().get(i);
        assertThat(tranche.balanceEnd()).isNotNegative();
        assertThat(tranche.balanceEnd()).isLessThanOrEqualTo(tranche.balanceStart());
        assertThat(tranche.balanceEnd())
            .isEqualTo(tranche.balanceStart() - tranche.writeDown() - tranche.principalPaid());
        assertThat(tranche.interestPaid()).isBetween(0L, tranche.interestDue());
        assertThat(tranche.interestShortfall())
            .isEqualTo(tranche.interestDue() - tranche.interestPaid());
        principalTotal[i] += tranche.principalPaid();
        assertThat(principalTotal[i]).isLessThanOrEqualTo(deal.tranches().get(i).originalBalance());
      }
      for (FeeResult fee : result.fees()) {
        assertThat(fee.paid()).isBetween(0L, fee.due());
      }
      if (result.statusAfter() != DealStatus.ACCELERATED) {
        // Outside acceleration principal only pays principal: the notes never exceed the pool.
        assertThat(result.stateAfter().totalTrancheBalance())
            .isLessThanOrEqualTo(result.stateAfter().poolBalance());
      }
      if (result.statusAfter().isFinal()) {
        assertThat(result.stateAfter().totalTrancheBalance()).isZero();
      }
      // The state survives its JSON form unchanged.
      assertThat(StateJson.read(StateJson.write(result.stateAfter(), deal), deal))
          .isEqualTo(result.stateAfter());
      state = result.stateAfter();
    }
  }

  static Deal randomDeal(Random random, int seed) {
    long pool = 100_000 + (long) (random.nextDouble() * 50_000_000_000L);
    int notes = 1 + random.nextInt(4);
    long equity = pool / 20 + (long) (random.nextDouble() * pool / 5);
    long left = pool - equity;
    List<Tranche> tranches = new ArrayList<>();
    for (int i = 0; i < notes; i++) {
      long balance =
          i == notes - 1 ? left : Math.max(1, (long) (left * (0.3 + random.nextDouble() * 0.5)));
      left -= balance;
      TrancheClass trancheClass = i == 0 ? TrancheClass.SENIOR : TrancheClass.MEZZANINE;
      BigDecimal coupon = BigDecimal.valueOf(random.nextInt(1200), 4);
      tranches.add(new Tranche("T" + i, trancheClass, balance, coupon));
    }
    tranches.add(new Tranche("E", TrancheClass.EQUITY, equity, null));
    List<Fee> fees =
        List.of(
            new Fee("trustee", (long) random.nextInt(500_000), null),
            new Fee("servicer", null, BigDecimal.valueOf(random.nextInt(150), 4)));
    Optional<Reserve> reserve = Optional.empty();
    if (random.nextBoolean()) {
      long target = pool / 100;
      reserve = Optional.of(new Reserve(target, random.nextBoolean() ? target : 0));
    }
    List<Trigger> triggers =
        List.of(
            new Trigger(
                "OC",
                TriggerTest.OC,
                "T0",
                new BigDecimal("1.15"),
                random.nextBoolean(),
                TriggerEffect.SEQUENTIAL_PRINCIPAL),
            new Trigger(
                "IC",
                TriggerTest.IC,
                "T0",
                new BigDecimal("1.2"),
                true,
                TriggerEffect.SEQUENTIAL_PRINCIPAL),
            new Trigger(
                "CDR",
                TriggerTest.CUMULATIVE_DEFAULT,
                null,
                BigDecimal.valueOf(5 + random.nextInt(20), 2),
                false,
                TriggerEffect.ACCELERATE),
            new Trigger(
                "PF",
                TriggerTest.POOL_FACTOR,
                null,
                new BigDecimal("0.5"),
                true,
                TriggerEffect.RESTRICT_JUNIOR_TRANSFERS));
    return new Deal(
        "RND-" + seed,
        "Random deal " + seed,
        "CNY",
        2,
        LocalDate.of(2027, 1, 15),
        LocalDate.of(2027, 2, 15),
        PaymentFrequency.values()[random.nextInt(4)],
        pool,
        tranches,
        random.nextBoolean() ? PrincipalPayment.SEQUENTIAL : PrincipalPayment.PRO_RATA,
        fees,
        reserve,
        triggers,
        random.nextBoolean() ? Optional.of(new BigDecimal("0.1")) : Optional.empty());
  }

  static PeriodCollections randomCollections(Random random, int period, long poolBalance) {
    long principal = (long) (poolBalance * random.nextDouble() * 0.12);
    if (random.nextInt(10) == 0) {
      principal = poolBalance; // pays the pool off
    }
    long losses =
        random.nextInt(4) == 0
            ? Math.min(poolBalance - principal, (long) (poolBalance * random.nextDouble() * 0.05))
            : 0;
    long interest = (long) (poolBalance * random.nextDouble() * 0.012);
    long recoveries =
        random.nextInt(5) == 0 ? (long) (poolBalance * random.nextDouble() * 0.01) : 0;
    return new PeriodCollections(period, interest, principal, recoveries, losses);
  }
}
