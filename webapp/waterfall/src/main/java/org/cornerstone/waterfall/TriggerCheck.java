package org.cornerstone.waterfall;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.cornerstone.waterfall.PeriodResult.TriggerResult;

/**
 * One trigger's test in a period, once the waterfall has measured it (numerator and denominator):
 * the ratio, whether it fails its threshold (a cumulative-default trigger fails above it, the
 * others below), whether it is breached (failing, or breached before and not curable), and the
 * step-log line when that changes or persists.
 */
final class TriggerCheck {
  private static final int RATIO_SCALE = 6;

  private TriggerCheck() {}

  static TriggerResult evaluate(
      Deal deal,
      Trigger trigger,
      long numerator,
      long denominator,
      boolean wasBreached,
      List<String> log) {
    BigDecimal value = denominator == 0 ? null : ratio(numerator, denominator);
    boolean failing = false;
    String comparison;
    if (value != null) {
      int against =
          BigDecimal.valueOf(numerator)
              .compareTo(trigger.threshold().multiply(BigDecimal.valueOf(denominator)));
      failing = trigger.test() == TriggerTest.CUMULATIVE_DEFAULT ? against > 0 : against < 0;
      String operator =
          trigger.test() == TriggerTest.CUMULATIVE_DEFAULT
              ? (failing ? " > " : " <= ")
              : (failing ? " < " : " >= ");
      comparison = show(value) + operator + trigger.threshold().toPlainString();
    } else {
      comparison = "not applicable (nothing outstanding or due)";
    }
    boolean breached = failing || (wasBreached && !trigger.curable());
    String name = "trigger " + trigger.name();
    if (breached && !wasBreached) {
      log.add(name + " breached: " + comparison + effectText(deal, trigger.effect()));
    } else if (breached && !failing) {
      log.add(name + " stays breached (not curable): " + comparison);
    } else if (breached) {
      log.add(name + " still breached: " + comparison);
    } else if (wasBreached) {
      log.add(name + " cured: " + comparison + cureText(deal, trigger.effect()));
    }
    return new TriggerResult(
        trigger.name(),
        trigger.test(),
        trigger.tranche(),
        value,
        trigger.threshold(),
        failing,
        wasBreached,
        breached,
        trigger.curable(),
        trigger.effect());
  }

  private static String effectText(Deal deal, TriggerEffect effect) {
    return switch (effect) {
      case SEQUENTIAL_PRINCIPAL ->
          deal.principalPayment() == PrincipalPayment.PRO_RATA
              ? ", principal switches to sequential"
              : ", principal stays sequential";
      case ACCELERATE -> ", the deal is accelerated";
      case RESTRICT_JUNIOR_TRANSFERS -> ", junior tranche transfers are restricted";
    };
  }

  private static String cureText(Deal deal, TriggerEffect effect) {
    return switch (effect) {
      case SEQUENTIAL_PRINCIPAL ->
          deal.principalPayment() == PrincipalPayment.PRO_RATA
              ? ", principal returns to pro rata"
              : "";
      case ACCELERATE -> ", the deal stays accelerated";
      case RESTRICT_JUNIOR_TRANSFERS -> ", junior tranche transfers are no longer restricted";
    };
  }

  /** numerator / denominator to 6 decimals, HALF_EVEN (for display and the trigger table). */
  static BigDecimal ratio(long numerator, long denominator) {
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), RATIO_SCALE, RoundingMode.HALF_EVEN);
  }

  /** A ratio for the log: trailing zeros dropped, at least 2 decimals (e.g. 1.08, 0.0512). */
  static String show(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : stripped)
        .toPlainString();
  }
}
