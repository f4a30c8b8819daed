package org.cornerstone.cordapp.flows.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.corda.v5.application.crypto.DigestService;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.crypto.SecureHash;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.TimeWindow;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.token.selection.TokenBalance;
import net.corda.v5.ledger.utxo.token.selection.TokenBalanceCriteria;
import net.corda.v5.ledger.utxo.token.selection.TokenClaim;
import net.corda.v5.ledger.utxo.token.selection.TokenClaimCriteria;
import net.corda.v5.ledger.utxo.token.selection.TokenSelection;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.rules.InstrumentPauseState;
import org.cornerstone.cordapp.rules.InvestorEligibilityState;
import org.cornerstone.cordapp.rules.TransferRuleCheck;
import org.cornerstone.cordapp.rules.TransferRuleSetState;
import org.cornerstone.cordapp.selection.TokenPools;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * The registrar's transfer rules in its responder flows (ADR 0008): before the registrar signs a
 * transfer or the asset leg of a DvP, it reads the instrument's current {@link
 * TransferRuleSetState} and every holding of the instrument from its own vault (the registrar is a
 * participant of every holding), the receiver's {@link InvestorEligibilityState} (category,
 * country, KYC expiry) and the instrument's {@link InstrumentPauseState}, and refuses the
 * transaction when a rule fails ({@link TransferRuleCheck}). A paused instrument refuses every
 * transfer; otherwise no rule set in the vault means no restriction beyond the network membership
 * check.
 *
 * <p><b>Holding period.</b> The sender's last purchase is the latest {@link
 * AssetTokenState#getAcquiredAt() acquiredAt} of its unconsumed holdings of the instrument in this
 * vault and of the transaction's inputs (the contract stamps receivers with the time window's upper
 * bound and makes change keep it); the period is checked at the window's lower bound. The issuer
 * selling its own tokens has no holding period (they were issued, not bought), as in the app.
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
      TokenSelection selection,
      DigestService digests,
      UtxoLedgerTransaction tx,
      String instrumentId,
      MemberX500Name sender,
      MemberX500Name receiver,
      long quantity,
      Instant now) {
    Optional<TransferRuleSetState> rules = current(ledger, instrumentId, now);
    Optional<InstrumentPauseState> pause =
        pause(ledger, instrumentId, now).map(RegistrarRules::state);
    if (rules.isEmpty() && pause.isEmpty()) {
      return;
    }
    Map<MemberX500Name, Long> holdings = Map.of();
    Optional<InvestorEligibilityState> eligibility = Optional.empty();
    Optional<Instant> lastPurchase = Optional.empty();
    if (rules.isPresent() && rules.get().getHoldingPeriodSeconds() > 0) {
      lastPurchase = lastPurchase(ledger, tx, instrumentId, sender, now);
    }
    if (rules.isPresent()) {
      holdings = holdings(ledger, instrumentId, now);
      if (rules.get().getMaxHolders() > 0 && holdings.getOrDefault(receiver, 0L) <= 0) {
        // a new holder: count again under the instrument's gate, held until this flow ends
        enterGate(selection, digests, tx, rules.get());
        holdings = holdings(ledger, instrumentId, now);
      }
      eligibility =
          eligibility(ledger, receiver, rules.get().getRegistrar(), now).map(RegistrarRules::state);
    }
    List<String> failed =
        TransferRuleCheck.violations(
            new TransferRuleCheck.Facts(
                rules, pause, sender, receiver, eligibility, quantity, holdings, lastPurchase),
            now,
            earliest(tx));
    Checks.check(failed.isEmpty(), REFUSED + String.join(" ", failed));
  }

  /**
   * Claims the instrument's holder gate (its rule set as a token, {@code RuleSetGateObserver}) for
   * this flow: a claim is exclusive and Corda releases it when the flow ends, i.e. after the
   * transaction was recorded in this vault or failed. So two transfers that each add a holder are
   * counted and signed one after the other, and the holder cap is exact. Refused with {@link
   * TransferRuleCheck#HOLDER_COUNT_BUSY} while another flow holds the gate (the app's step
   * retries). A rule set recorded before the gate existed is not in the token cache: then the check
   * runs without the gate, as before.
   */
  @Suspendable
  static void enterGate(
      TokenSelection selection,
      DigestService digests,
      UtxoLedgerTransaction tx,
      TransferRuleSetState rules) {
    SecureHash registrar = TokenPools.partyHash(digests, rules.getRegistrar());
    TokenClaimCriteria criteria =
        new TokenClaimCriteria(
            TokenPools.HOLDER_GATE_TYPE,
            registrar,
            tx.getNotaryName(),
            rules.getInstrumentId(),
            BigDecimal.ONE);
    criteria.setOwnerHash(registrar);
    TokenClaim claim =
        selection.tryClaim(
            TokenClaims.deduplicationId(tx.getId().toString(), "holder-gate"), criteria);
    if (claim != null && !claim.getClaimedTokens().isEmpty()) {
      return;
    }
    TokenBalanceCriteria gate =
        new TokenBalanceCriteria(
            TokenPools.HOLDER_GATE_TYPE, registrar, tx.getNotaryName(), rules.getInstrumentId());
    gate.setOwnerHash(registrar);
    TokenBalance balance = selection.queryBalance(gate);
    Checks.check(
        balance == null || balance.getTotalBalance().signum() == 0,
        REFUSED + TransferRuleCheck.HOLDER_COUNT_BUSY + rules.getInstrumentId());
  }

  /**
   * When {@code sender} last acquired the instrument: the latest known {@code acquiredAt} of its
   * unconsumed holdings in this vault and of the transaction's inputs; empty when none is known or
   * when the sender is the instrument's issuer.
   */
  @Suspendable
  static Optional<Instant> lastPurchase(
      UtxoLedgerService ledger,
      UtxoLedgerTransaction tx,
      String instrumentId,
      MemberX500Name sender,
      Instant now) {
    List<AssetTokenState> inputs = tx.getInputStates(AssetTokenState.class);
    if (!inputs.isEmpty() && sender.equals(inputs.get(0).getIssuer())) {
      return Optional.empty();
    }
    List<AssetTokenState> held = new ArrayList<>(inputs);
    for (StateAndRef<AssetTokenState> s : all(ledger, AssetTokenState.class, now)) {
      held.add(s.getState().getContractState());
    }
    Instant latest = null;
    for (AssetTokenState token : held) {
      Instant at = token.getAcquiredAt();
      if (token.getInstrumentId().equals(instrumentId)
          && token.getHolder().equals(sender)
          && at != null
          && (latest == null || at.isAfter(latest))) {
        latest = at;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The lower bound of the transaction's time window; {@link Instant#MIN} without one. */
  static Instant earliest(UtxoLedgerTransaction tx) {
    TimeWindow window = tx.getTimeWindow();
    return window == null || window.getFrom() == null ? Instant.MIN : window.getFrom();
  }

  @Suspendable
  private static Map<MemberX500Name, Long> holdings(
      UtxoLedgerService ledger, String instrumentId, Instant now) {
    Map<MemberX500Name, Long> holdings = new HashMap<>();
    for (StateAndRef<AssetTokenState> s : all(ledger, AssetTokenState.class, now)) {
      AssetTokenState token = s.getState().getContractState();
      if (token.getInstrumentId().equals(instrumentId)) {
        holdings.merge(token.getHolder(), token.getQuantity(), Long::sum);
      }
    }
    return holdings;
  }

  /** The registrar's unconsumed eligibility record of {@code investor}, if any. */
  @Suspendable
  public static Optional<StateAndRef<InvestorEligibilityState>> eligibility(
      UtxoLedgerService ledger, MemberX500Name investor, MemberX500Name registrar, Instant now) {
    for (StateAndRef<InvestorEligibilityState> s :
        all(ledger, InvestorEligibilityState.class, now)) {
      InvestorEligibilityState e = s.getState().getContractState();
      if (e.getInvestor().equals(investor) && e.getRegistrar().equals(registrar)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The instrument's unconsumed pause record, if it was ever paused. */
  @Suspendable
  public static Optional<StateAndRef<InstrumentPauseState>> pause(
      UtxoLedgerService ledger, String instrumentId, Instant now) {
    for (StateAndRef<InstrumentPauseState> s : all(ledger, InstrumentPauseState.class, now)) {
      if (s.getState().getContractState().getInstrumentId().equals(instrumentId)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static <T extends net.corda.v5.ledger.utxo.ContractState> T state(StateAndRef<T> s) {
    return s.getState().getContractState();
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
