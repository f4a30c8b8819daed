package org.cornerstone.cordapp.flows.pvp;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.InitiatingFlow;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import net.corda.v5.membership.MemberInfo;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.cash.PvpLeg;
import org.cornerstone.cordapp.flows.common.ClaimedCash;
import org.cornerstone.cordapp.flows.common.InitiatorFlow;
import org.cornerstone.cordapp.flows.common.Notaries;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.common.Sessions;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.plan.PvpPlan;

/**
 * Payment versus payment, atomic in one transaction. Party A claims its cash and builds its leg
 * ({@link PvpPlan#legOfA}: its cash in, the amount to B, its change, the {@code PvP} command with
 * the agreed terms, the request key); B adds its leg through {@link
 * UtxoLedgerService#sendAndReceiveTransactionBuilder}; then one {@code finalize} collects B's
 * signature, lets both banks record it, and notarises. The cash contract refuses a transaction with
 * one leg only. Once per request id (the request key is recorded).
 */
@InitiatingFlow(protocol = "cornerstone-settle-pvp")
public class SettlePvpFlow extends InitiatorFlow implements ClientStartableFlow {

  public static final String SELF_PVP = "The counterparty must differ from the initiator.";
  public static final String COUNTER_AMOUNT_NOT_RECEIVED =
      "The counterparty's version of the transaction does not pay the agreed amount.";

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    PvpRequest request = Requests.parse(body, json, PvpRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String payInstrument =
        Requests.required(request.getPayCashInstrumentId(), "payCashInstrumentId");
    String payCurrency = Requests.required(request.getPayCurrency(), "payCurrency");
    long payAmount = Requests.minorUnits(request.getPayAmount(), "payAmount");
    String receiveInstrument =
        Requests.required(request.getReceiveCashInstrumentId(), "receiveCashInstrumentId");
    String receiveCurrency = Requests.required(request.getReceiveCurrency(), "receiveCurrency");
    long receiveAmount = Requests.minorUnits(request.getReceiveAmount(), "receiveAmount");
    String baseCurrency = Requests.required(request.getBaseCurrency(), "baseCurrency");
    String rate = Requests.required(request.getRate(), "rate");
    MemberInfo me = members.myInfo();
    MemberInfo counterparty = Parties.member(members, request.getCounterparty(), "counterparty");
    if (counterparty.getName().equals(me.getName())) {
      throw new IllegalArgumentException(SELF_PVP);
    }
    MemberInfo payBank = Parties.member(members, request.getPayBank(), "payBank");
    MemberInfo receiveBank = Parties.member(members, request.getReceiveBank(), "receiveBank");
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());

    // the terms are checked (parties, currencies, amounts at the rate) before any cash is claimed
    PvpPlan.Request plan =
        new PvpPlan.Request(
            Parties.planParty(me),
            Parties.planParty(counterparty),
            new PvpPlan.Payment(payInstrument, payCurrency, Parties.planParty(payBank), payAmount),
            new PvpPlan.Payment(
                receiveInstrument, receiveCurrency, Parties.planParty(receiveBank), receiveAmount),
            baseCurrency,
            rate);
    PvpTerms terms = PvpTerms.of(requestId, plan);

    ClaimedCash claimed =
        claimOwnCash(
            requestId,
            "pvp-pay",
            payBank.getName(),
            payInstrument,
            payCurrency,
            me.getName(),
            notary,
            payAmount,
            TokenClaims.INSUFFICIENT_CASH_TO_PAY);
    claimed.changeAfter(payAmount);
    UtxoTransactionBuilder builder =
        planned(notary, PvpPlan.legOfA(plan, claimed.planInputs()), requestId);

    FlowSession counterpartySession = messaging.initiateFlow(counterparty.getName());
    counterpartySession.send(terms);
    UtxoTransactionBuilder withCounterLeg =
        ledger.sendAndReceiveTransactionBuilder(builder, counterpartySession);
    UtxoSignedTransaction signed = withCounterLeg.toSignedTransaction();
    if (received(signed, terms.getLegB()) != receiveAmount) {
      throw new IllegalStateException(COUNTER_AMOUNT_NOT_RECEIVED);
    }

    List<FlowSession> sessions = new ArrayList<>();
    sessions.add(counterpartySession);
    List<MemberX500Name> banks = new ArrayList<>(List.of(payBank.getName(), receiveBank.getName()));
    banks.remove(counterparty.getName());
    sessions.addAll(
        Sessions.openAndSend(messaging, me.getName(), terms, banks.toArray(MemberX500Name[]::new)));
    String transactionId = finalizeTransaction(signed, sessions);
    return json.format(
        new PvpResponse(
            transactionId,
            counterparty.getName().toString(),
            payCurrency,
            payAmount,
            receiveCurrency,
            receiveAmount));
  }

  /** Cash of {@code leg} the transaction pays to the leg's payee. */
  private static long received(UtxoSignedTransaction signed, PvpLeg leg) {
    long sum = 0;
    for (StateAndRef<?> output : signed.getOutputStateAndRefs()) {
      if (output.getState().getContractState() instanceof CashTokenState cash
          && leg.isOfThisLeg(cash)
          && cash.getHolder().equals(leg.getPayee())
          && cash.getHolderKey().equals(leg.getPayeeKey())) {
        sum = Math.addExact(sum, cash.getAmount());
      }
    }
    return sum;
  }
}
