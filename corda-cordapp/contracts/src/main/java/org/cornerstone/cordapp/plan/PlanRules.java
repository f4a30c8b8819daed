package org.cornerstone.cordapp.plan;

import java.util.ArrayList;
import java.util.List;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * What every plan checks about its request and inputs before it builds anything. A failed check
 * throws {@link IllegalArgumentException} (bad request) or {@link IllegalStateException} (the
 * inputs do not allow it) with one of these messages; tests compare them.
 */
public final class PlanRules {

  public static final String NOT_POSITIVE = "The quantity or amount must be positive: ";
  public static final String REQUIRED = "Required field missing: ";
  public static final String NO_ALLOCATIONS = "An issuance needs at least one allocation.";
  public static final String NO_HOLDINGS = "There are no holdings to consume.";
  public static final String MIXED_HOLDINGS =
      "The holdings must all be of the requested instrument, from one issuer and one holder.";
  public static final String FROZEN_HOLDING = "A frozen holding cannot be moved by its holder.";
  public static final String INSUFFICIENT_HOLDINGS =
      "The holdings do not cover the requested quantity of ";
  public static final String NO_CASH = "There is no cash to consume.";
  public static final String MIXED_CASH =
      "The cash must all be of the requested cash instrument, from one bank and one holder.";
  public static final String INSUFFICIENT_CASH = "The cash does not cover the requested amount of ";

  private PlanRules() {}

  static long positive(long value, String field) {
    if (value <= 0) {
      throw new IllegalArgumentException(NOT_POSITIVE + field);
    }
    return value;
  }

  static <T> T required(T value, String field) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw new IllegalArgumentException(REQUIRED + field);
    }
    return value;
  }

  /** The states of the inputs, checked to be holdings of one instrument, issuer and holder. */
  static <R> List<AssetTokenState> holdings(
      List<PlanInput<R, AssetTokenState>> inputs, String instrumentId) {
    if (inputs == null || inputs.isEmpty()) {
      throw new IllegalStateException(NO_HOLDINGS);
    }
    List<AssetTokenState> states = new ArrayList<>();
    AssetTokenState first = inputs.get(0).state();
    for (PlanInput<R, AssetTokenState> input : inputs) {
      AssetTokenState state = input.state();
      if (!state.getInstrumentId().equals(instrumentId)
          || !state.getIssuer().equals(first.getIssuer())
          || !state.getIssuerKey().equals(first.getIssuerKey())
          || !state.getHolderKey().equals(first.getHolderKey())
          || !state.getRegistrarKey().equals(first.getRegistrarKey())) {
        throw new IllegalArgumentException(MIXED_HOLDINGS);
      }
      states.add(state);
    }
    return states;
  }

  /** The states of the inputs, checked to be cash of one instrument, bank and holder. */
  static <R> List<CashTokenState> cash(
      List<PlanInput<R, CashTokenState>> inputs, String cashInstrumentId) {
    if (inputs == null || inputs.isEmpty()) {
      throw new IllegalStateException(NO_CASH);
    }
    List<CashTokenState> states = new ArrayList<>();
    CashTokenState first = inputs.get(0).state();
    for (PlanInput<R, CashTokenState> input : inputs) {
      CashTokenState state = input.state();
      if (!state.getInstrumentId().equals(cashInstrumentId)
          || !state.getCurrency().equals(first.getCurrency())
          || !state.getIssuerKey().equals(first.getIssuerKey())
          || !state.getHolderKey().equals(first.getHolderKey())) {
        throw new IllegalArgumentException(MIXED_CASH);
      }
      states.add(state);
    }
    return states;
  }

  static long totalQuantity(List<AssetTokenState> holdings) {
    long sum = 0;
    for (AssetTokenState holding : holdings) {
      sum = Math.addExact(sum, holding.getQuantity());
    }
    return sum;
  }

  static long totalAmount(List<CashTokenState> cash) {
    long sum = 0;
    for (CashTokenState holding : cash) {
      sum = Math.addExact(sum, holding.getAmount());
    }
    return sum;
  }

  /** What is left of {@code available} after {@code spent}; refuses when it does not cover it. */
  static long changeAfter(long available, long spent, String shortfall, String what) {
    if (available < spent) {
      throw new IllegalStateException(shortfall + what);
    }
    return available - spent;
  }

  static <R, S extends net.corda.v5.ledger.utxo.ContractState> List<R> refs(
      List<PlanInput<R, S>> inputs) {
    return inputs.stream().map(PlanInput::ref).toList();
  }
}
