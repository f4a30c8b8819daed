package org.cornerstone.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Amounts;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.trading.domain.FeeSchedule;
import org.cornerstone.trading.domain.FeeStore;
import org.cornerstone.trading.domain.MarketParameterChange;
import org.cornerstone.trading.domain.MarketParameters;
import org.cornerstone.trading.domain.MarketState;

/**
 * Market operations change an instrument's tick size, lot size, price band and fee schedule. Each
 * change is recorded (who, when, old → new, why) in the transaction that makes it. Orders resting
 * on the book stay as they are even when their price or quantity no longer fits the new tick or lot
 * (the matcher never re-checks them, ADR 0010); new orders and amendments use the new values.
 */
@ApplicationScoped
public class MarketParameterService implements MarketParameterDesk {
  public static final String ONLY_OPERATIONS = MarketService.ONLY_OPERATIONS;
  public static final String MISSING = "Give the tick size, lot size, price band and fee.";
  public static final String TICK_POSITIVE = "The tick size must be a price above 0.";
  public static final String LOT_AT_LEAST_ONE =
      "The lot size must be a whole number of at least 1.";
  public static final String BAND_RANGE = "The price band must be between 1 and 50 %.";
  public static final String FEE_RANGE = "The fee must be between 0 and 100 basis points.";
  public static final String MIN_FEE = "The minimum fee must be an amount of 0 or more.";
  public static final String REASON_TOO_LONG = "The reason has at most 500 characters.";
  public static final String NOT_A_MARKET = MarketService.NOT_TRADABLE;

  private static final Set<Role> OPERATIONS = EnumSet.of(Role.TRUSTEE, Role.SENIOR_TRUSTEE);

  @Inject Market market;
  @Inject FeeStore fees;
  @Inject org.cornerstone.trading.domain.TradingStore store;
  @Inject MarketListeners listeners;
  @Inject TradingPorts.Transactions transactions;
  @Inject Clock clock;

  /**
   * The market's parameters and their changes (any signed-in user: they are the market's rules).
   */
  @Override
  public MarketParametersView parameters(Actor actor, String instrumentId) {
    market.market(actor, instrumentId, 1);
    return transactions.inNew(
        () ->
            view(
                store
                    .state(instrumentId)
                    .orElseThrow(
                        () -> new NotFoundException(String.format(NOT_A_MARKET, instrumentId)))));
  }

  /**
   * Changes the market's parameters (trustees). Nothing is recorded when nothing changes.
   *
   * @throws AccessDeniedException for anyone but a trustee
   * @throws ValidationException with every problem of the request
   */
  @Override
  public MarketParametersView change(
      Actor actor, String instrumentId, ParameterChangeRequest request) {
    if (actor == null || OPERATIONS.stream().noneMatch(actor::has)) {
      throw new AccessDeniedException(ONLY_OPERATIONS);
    }
    if (request == null
        || request.tickSize() == null
        || request.lotSize() == null
        || request.bandPercent() == null
        || request.feeBps() == null) {
      throw new ValidationException(MISSING);
    }
    // the market (404 for an instrument that does not trade) with its state created if new
    market.market(actor, instrumentId, 1);
    return transactions.inNew(
        () -> {
          MarketState state =
              fees.lockState(instrumentId)
                  .orElseThrow(
                      () -> new NotFoundException(String.format(NOT_A_MARKET, instrumentId)));
          MarketParameters after = parse(request, Currency.getInstance(state.currency()));
          MarketParameters before = state.parameters();
          if (!after.equals(before)) {
            Instant now = clock.instant();
            fees.setParameters(instrumentId, after, now);
            String reason = request.reason() == null ? null : request.reason().strip();
            fees.insert(
                new MarketParameterChange(
                    instrumentId,
                    actor.userId(),
                    now,
                    before,
                    after,
                    reason == null || reason.isEmpty() ? null : reason));
            transactions.afterCompletion(
                committed -> {
                  if (committed) {
                    listeners.publish(instrumentId);
                  }
                });
          }
          return view(fees.lockState(instrumentId).orElseThrow());
        });
  }

  /** The request as parameters in minor units, or every problem of it. */
  public static MarketParameters parse(ParameterChangeRequest request, Currency currency) {
    List<String> problems = new ArrayList<>();
    long tick = 0;
    try {
      tick = Amounts.minorUnits(request.tickSize(), currency);
    } catch (Amounts.AmountException e) {
      problems.add(problem(TICK_POSITIVE, e));
    }
    if (request.lotSize() < 1) {
      problems.add(LOT_AT_LEAST_ONE);
    }
    if (request.bandPercent() < 1 || request.bandPercent() > 50) {
      problems.add(BAND_RANGE);
    }
    if (request.feeBps() < 0 || request.feeBps() > FeeSchedule.MAX_BPS) {
      problems.add(FEE_RANGE);
    }
    long minFee = 0;
    String min = request.minFee() == null ? "" : request.minFee().strip();
    if (!min.isEmpty()) {
      try {
        minFee = isZero(min) ? 0 : Amounts.minorUnits(min, currency);
      } catch (Amounts.AmountException e) {
        problems.add(problem(MIN_FEE, e));
      }
    }
    if (request.reason() != null && request.reason().strip().length() > 500) {
      problems.add(REASON_TOO_LONG);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new MarketParameters(
        tick, request.lotSize(), request.bandPercent(), request.feeBps(), minFee);
  }

  /** The field's message, with the amount's own when it says more (decimals, too large). */
  private static String problem(String message, Amounts.AmountException e) {
    return switch (e.problem()) {
      case TOO_MANY_DECIMALS, TOO_LARGE -> message + " " + e.getMessage();
      default -> message;
    };
  }

  private static boolean isZero(String text) {
    try {
      return new BigDecimal(text).signum() == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private MarketParametersView view(MarketState s) {
    int digits = Currency.getInstance(s.currency()).getDefaultFractionDigits();
    List<MarketParametersView.Change> changes =
        fees.changes(s.instrumentId(), 100).stream()
            .map(
                c ->
                    new MarketParametersView.Change(
                        c.changedBy(),
                        c.changedAt(),
                        text(c.before().tickMinor(), digits),
                        text(c.after().tickMinor(), digits),
                        c.before().lotSize(),
                        c.after().lotSize(),
                        c.before().bandPercent(),
                        c.after().bandPercent(),
                        c.before().feeBps(),
                        c.after().feeBps(),
                        text(c.before().feeMinMinor(), digits),
                        text(c.after().feeMinMinor(), digits),
                        c.reason()))
            .toList();
    return new MarketParametersView(
        s.instrumentId(),
        s.currency(),
        text(s.tickMinor(), digits),
        s.lotSize(),
        s.bandPercent(),
        s.feeBps(),
        text(s.feeMinMinor(), digits),
        s.fees().text(digits),
        changes);
  }

  private static String text(long minor, int digits) {
    return BigDecimal.valueOf(minor, digits).toPlainString();
  }
}
