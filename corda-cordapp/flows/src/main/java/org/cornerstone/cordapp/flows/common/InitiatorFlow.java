package org.cornerstone.cordapp.flows.common;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.corda.v5.application.crypto.DigestService;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.marshalling.JsonMarshallingService;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.application.messaging.FlowMessaging;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.common.NotaryLookup;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.token.selection.TokenClaim;
import net.corda.v5.ledger.utxo.token.selection.TokenSelection;
import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.plan.CordaPlans;
import org.cornerstone.cordapp.plan.RequestKeyPlan;
import org.cornerstone.cordapp.plan.TransactionPlan;
import org.cornerstone.cordapp.request.RequestKeyState;
import org.cornerstone.cordapp.selection.TokenPools;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Base of the client-started initiating flows: the Corda services they use and the steps they share
 * (claim holdings, build a transaction from its plan, finalize with the counterparties). Subclasses
 * implement {@code ClientStartableFlow} themselves, so the CPK lists only real flows.
 */
public abstract class InitiatorFlow {

  @CordaInject protected JsonMarshallingService json;
  @CordaInject protected MemberLookup members;
  @CordaInject protected FlowMessaging messaging;
  @CordaInject protected UtxoLedgerService ledger;
  @CordaInject protected NotaryLookup notaries;
  @CordaInject protected TokenSelection selection;
  @CordaInject protected DigestService digests;

  /**
   * Claims {@code amount} of {@code instrumentId} held by {@code holder} under a deduplication id
   * derived from {@code requestId} and {@code purpose}, and resolves the claimed holdings. Fails
   * with {@code shortfall} followed by the asset id when nothing matches.
   */
  @Suspendable
  protected ClaimedHoldings claimAssetTokens(
      String requestId,
      String purpose,
      MemberX500Name issuer,
      String instrumentId,
      MemberX500Name holder,
      MemberX500Name notary,
      long amount,
      String tagRegex,
      String shortfall) {
    TokenClaim claim =
        TokenClaims.claim(
            selection,
            digests,
            TokenClaims.deduplicationId(requestId, purpose),
            TokenPools.ASSET_TOKEN_TYPE,
            issuer,
            instrumentId,
            holder,
            notary,
            amount,
            tagRegex,
            shortfall);
    List<StateRef> refs = TokenClaims.refs(claim);
    List<AssetTokenState> states =
        Holdings.assetStates(ledger.resolve(refs), instrumentId, issuer, holder);
    return new ClaimedHoldings(instrumentId, holder, refs, states);
  }

  /** Claims {@code quantity} of the caller's own unfrozen holdings of {@code instrumentId}. */
  @Suspendable
  protected ClaimedHoldings claimOwnTokens(
      String requestId,
      String purpose,
      MemberX500Name issuer,
      String instrumentId,
      MemberX500Name me,
      MemberX500Name notary,
      long quantity) {
    return claimAssetTokens(
        requestId,
        purpose,
        issuer,
        instrumentId,
        me,
        notary,
        quantity,
        TokenPools.ONLY_FREE,
        TokenClaims.INSUFFICIENT_TOKENS);
  }

  /**
   * Claims {@code amount} minor units of the caller's own cash of {@code currency} issued by {@code
   * bank} under a deduplication id derived from {@code requestId} and {@code purpose}, and resolves
   * it, checked to be of {@code cashInstrumentId}. Fails with {@code shortfall} followed by the
   * currency when the cash does not cover the amount.
   */
  @Suspendable
  protected ClaimedCash claimOwnCash(
      String requestId,
      String purpose,
      MemberX500Name bank,
      String cashInstrumentId,
      String currency,
      MemberX500Name me,
      MemberX500Name notary,
      long amount,
      String shortfall) {
    TokenClaim claim =
        TokenClaims.claim(
            selection,
            digests,
            TokenClaims.deduplicationId(requestId, purpose),
            TokenPools.CASH_TOKEN_TYPE,
            bank,
            currency,
            me,
            notary,
            amount,
            TokenPools.ONLY_FREE,
            shortfall);
    List<StateRef> refs = TokenClaims.refs(claim);
    List<CashTokenState> states =
        Holdings.cashStates(ledger.resolve(refs), cashInstrumentId, currency, bank, me);
    return new ClaimedCash(currency, me, refs, states, shortfall);
  }

  /**
   * How long after a flow builds its transaction the notary may still commit it. Corda 5.2's {@code
   * UtxoTransactionBuilder.toSignedTransaction()} refuses a transaction without a time window ("The
   * time window of the current UtxoTransactionBuilder must not be null").
   */
  public static final Duration TIME_WINDOW = Duration.ofHours(1);

  /**
   * A transaction on {@code notary} built from {@code plan}, valid until {@link #TIME_WINDOW} from
   * now unless the plan sets an earlier bound.
   */
  @Suspendable
  protected UtxoTransactionBuilder planned(MemberX500Name notary, TransactionPlan<StateRef> plan) {
    UtxoTransactionBuilder builder = ledger.createTransactionBuilder().setNotary(notary);
    if (plan.timeWindowUntil().isEmpty()) {
      builder = builder.setTimeWindowUntil(Instant.now().plus(TIME_WINDOW));
    }
    return CordaPlans.addTo(builder, plan);
  }

  /**
   * {@link #planned(MemberX500Name, TransactionPlan)} with the command's request key recorded in
   * the transaction ({@link RequestKeyPlan}: a {@code RequestKeyState} of this node), so that the
   * ledger can later answer whether {@code requestId} took effect ({@code
   * FindTransactionByRequestFlow}). Refused ({@link RequestKeys#ALREADY_DONE}) when this node's
   * vault already holds that request key.
   */
  @Suspendable
  protected UtxoTransactionBuilder planned(
      MemberX500Name notary, TransactionPlan<StateRef> plan, String requestId) {
    Optional<StateAndRef<RequestKeyState>> earlier = RequestKeys.find(ledger, requestId);
    if (earlier.isPresent()) {
      // e.g. started straight over REST, without the client's ledger check: never twice
      throw new IllegalStateException(
          String.format(
              RequestKeys.ALREADY_DONE, requestId, earlier.get().getRef().getTransactionId()));
    }
    return planned(
        notary, RequestKeyPlan.recorded(plan, requestId, Parties.planParty(members.myInfo())));
  }

  /**
   * Sends {@code terms} to every counterparty other than {@code me}, then signs and finalizes the
   * transaction with them. Returns the transaction id.
   */
  @Suspendable
  protected String finalizeWith(
      UtxoTransactionBuilder builder,
      MemberX500Name me,
      Object terms,
      MemberX500Name... counterparties) {
    List<FlowSession> sessions = Sessions.openAndSend(messaging, me, terms, counterparties);
    return finalizeTransaction(builder.toSignedTransaction(), sessions);
  }

  /** Collects the signatures, notarises and records; returns the transaction id. */
  @Suspendable
  protected String finalizeTransaction(UtxoSignedTransaction signed, List<FlowSession> sessions) {
    return ledger.finalize(signed, sessions).getTransaction().getId().toString();
  }
}
