package org.cornerstone.cordapp.flows.common;

import java.util.List;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateAndRef;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.token.AssetTokenState;

/** Sums over holdings, used by initiators to compute change and by responders to check. */
public final class Holdings {

  public static final String CLAIMED_WRONG_HOLDING =
      "Token selection returned a holding of another instrument or holder.";

  private Holdings() {}

  /** The states behind claimed refs, checked to be the instrument and holder asked for. */
  public static List<AssetTokenState> assetStates(
      List<StateAndRef<AssetTokenState>> resolved,
      String instrumentId,
      MemberX500Name issuer,
      MemberX500Name holder) {
    List<AssetTokenState> states =
        resolved.stream().map(ref -> ref.getState().getContractState()).toList();
    for (AssetTokenState state : states) {
      Checks.check(
          state.getInstrumentId().equals(instrumentId)
              && state.getIssuer().equals(issuer)
              && state.getHolder().equals(holder),
          CLAIMED_WRONG_HOLDING);
    }
    return states;
  }

  /** The cash behind claimed refs, checked to be the instrument, bank and holder asked for. */
  public static List<CashTokenState> cashStates(
      List<StateAndRef<CashTokenState>> resolved,
      String instrumentId,
      String currency,
      MemberX500Name bank,
      MemberX500Name holder) {
    List<CashTokenState> states =
        resolved.stream().map(ref -> ref.getState().getContractState()).toList();
    for (CashTokenState state : states) {
      Checks.check(
          state.getInstrumentId().equals(instrumentId)
              && state.getCurrency().equals(currency)
              && state.getIssuer().equals(bank)
              && state.getHolder().equals(holder),
          CLAIMED_WRONG_HOLDING);
    }
    return states;
  }

  /** Total quantity of {@code instrumentId} held by {@code holder} (any holder when null). */
  public static long quantity(
      List<AssetTokenState> tokens, String instrumentId, MemberX500Name holder) {
    long sum = 0;
    for (AssetTokenState token : tokens) {
      if (token.getInstrumentId().equals(instrumentId)
          && (holder == null || token.getHolder().equals(holder))) {
        sum = Math.addExact(sum, token.getQuantity());
      }
    }
    return sum;
  }

  /** Total amount of {@code currency} held by {@code holder}. */
  public static long amount(List<CashTokenState> cash, String currency, MemberX500Name holder) {
    long sum = 0;
    for (CashTokenState holding : cash) {
      if (holding.getCurrency().equals(currency) && holding.getHolder().equals(holder)) {
        sum = Math.addExact(sum, holding.getAmount());
      }
    }
    return sum;
  }
}
