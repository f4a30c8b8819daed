package org.cornerstone.cordapp.flows.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.rules.TransferRuleCheck;
import org.cornerstone.cordapp.rules.TransferRuleSetState;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * The registrar's transfer rules in its responder flows (ADR 0008): before the registrar signs a
 * transfer or the asset leg of a DvP, it reads the instrument's current {@link
 * TransferRuleSetState} and every holding of the instrument from its own vault (the registrar is a
 * participant of every holding) and refuses the transaction when a rule fails. No rule set in the
 * vault means no restriction beyond the network membership check.
 */
public final class RegistrarRules {

  /** The refusal starts with this, then every failed rule (each starting with its code). */
  public static final String REFUSED = "The registrar refuses the transfer: ";

  static final int PAGE = 200;

  private RegistrarRules() {}

  /** Whether this node is the registrar of the instrument the transaction spends. */
  public static boolean isRegistrar(UtxoLedgerTransaction tx, MemberX500Name me) {
    List<AssetTokenState> inputs = tx.getInputStates(AssetTokenState.class);
    return !inputs.isEmpty() && me.equals(inputs.get(0).getRegistrar());
  }

  /**
   * Refuses with {@link #REFUSED} and the failed rules when moving {@code quantity} of the
   * instrument from {@code sender} to {@code receiver} breaks the instrument's rule set.
   */
  @Suspendable
  public static void check(
      UtxoLedgerService ledger,
      String instrumentId,
      MemberX500Name sender,
      MemberX500Name receiver,
      long quantity,
      Instant now) {
    Optional<TransferRuleSetState> rules = current(ledger, instrumentId, now);
    if (rules.isEmpty()) {
      return;
    }
    Map<MemberX500Name, Long> holdings = new HashMap<>();
    for (StateAndRef<AssetTokenState> s : all(ledger, AssetTokenState.class, now)) {
      AssetTokenState token = s.getState().getContractState();
      if (token.getInstrumentId().equals(instrumentId)) {
        holdings.merge(token.getHolder(), token.getQuantity(), Long::sum);
      }
    }
    List<String> failed =
        TransferRuleCheck.violations(
            rules.get(), sender, receiver, quantity, holdings, Optional.empty(), now);
    Checks.check(failed.isEmpty(), REFUSED + String.join(" ", failed));
  }

  /** The instrument's rule set with the highest version in this node's vault. */
  @Suspendable
  public static Optional<TransferRuleSetState> current(
      UtxoLedgerService ledger, String instrumentId, Instant now) {
    return currentRef(ledger, instrumentId, now).map(s -> s.getState().getContractState());
  }

  /** The same, with its state ref (to replace it). */
  @Suspendable
  public static Optional<StateAndRef<TransferRuleSetState>> currentRef(
      UtxoLedgerService ledger, String instrumentId, Instant now) {
    StateAndRef<TransferRuleSetState> best = null;
    for (StateAndRef<TransferRuleSetState> s : all(ledger, TransferRuleSetState.class, now)) {
      TransferRuleSetState rules = s.getState().getContractState();
      if (rules.getInstrumentId().equals(instrumentId)
          && (best == null
              || rules.getVersion() > best.getState().getContractState().getVersion())) {
        best = s;
      }
    }
    return Optional.ofNullable(best);
  }

  @Suspendable
  private static <T extends net.corda.v5.ledger.utxo.ContractState> List<StateAndRef<T>> all(
      UtxoLedgerService ledger, Class<T> type, Instant now) {
    PagedQuery.ResultSet<StateAndRef<T>> page =
        ledger.findUnconsumedStatesByExactType(type, PAGE, now);
    List<StateAndRef<T>> all = new ArrayList<>(page.getResults());
    while (page.hasNext()) {
      all.addAll(page.next());
    }
    return all;
  }
}
