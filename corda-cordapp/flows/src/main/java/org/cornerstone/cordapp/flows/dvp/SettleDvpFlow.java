package org.cornerstone.cordapp.flows.dvp;

import java.time.Instant;
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
import org.cornerstone.cordapp.flows.common.ClaimedHoldings;
import org.cornerstone.cordapp.flows.common.Holdings;
import org.cornerstone.cordapp.flows.common.InitiatorFlow;
import org.cornerstone.cordapp.flows.common.Notaries;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.common.Sessions;
import org.cornerstone.cordapp.plan.DvpPlan;
import org.cornerstone.cordapp.plan.PlanWindow;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Delivery versus payment, atomic in one transaction. The seller claims its tokens and builds the
 * transaction (tokens to the buyer, the price in cash to itself); the buyer adds its cash inputs
 * and change through {@link UtxoLedgerService#sendAndReceiveTransactionBuilder}; then one {@code
 * finalize} collects the buyer's and the registrar's signatures and notarises.
 */
@InitiatingFlow(protocol = "cornerstone-settle-dvp")
public class SettleDvpFlow extends InitiatorFlow implements ClientStartableFlow {

  public static final String SELF_TRADE = "The buyer must differ from the seller.";
  public static final String PRICE_NOT_RECEIVED =
      "The buyer's version of the transaction does not pay the agreed price to the seller.";

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    DvpRequest request = Requests.parse(body, json, DvpRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String instrumentId = Requests.required(request.getInstrumentId(), "instrumentId");
    String cashInstrumentId = Requests.required(request.getCashInstrumentId(), "cashInstrumentId");
    String currency = Requests.required(request.getCurrency(), "currency");
    long quantity = Requests.positive(request.getQuantity(), "quantity");
    long price = Requests.positive(request.getPrice(), "price");
    MemberInfo me = members.myInfo();
    MemberX500Name issuer = Parties.name(request.getIssuer(), "issuer");
    MemberInfo buyer = Parties.member(members, request.getBuyer(), "buyer");
    MemberInfo bank = Parties.member(members, request.getSettlementBank(), "settlementBank");
    if (buyer.getName().equals(me.getName())) {
      throw new IllegalArgumentException(SELF_TRADE);
    }
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());

    ClaimedHoldings claimed =
        claimOwnTokens(
            requestId, "dvp-asset", issuer, instrumentId, me.getName(), notary, quantity);
    claimed.changeAfter(quantity);
    AssetTokenState template = claimed.template();
    DvpPlan.Request trade =
        new DvpPlan.Request(
            instrumentId,
            quantity,
            Parties.planParty(me),
            Parties.planParty(buyer),
            new DvpPlan.Price(cashInstrumentId, currency, Parties.planParty(bank), price));
    UtxoTransactionBuilder builder =
        planned(
            notary,
            DvpPlan.assetLeg(trade, claimed.planInputs(), PlanWindow.transfer(Instant.now())),
            requestId);
    DvpTerms terms =
        new DvpTerms(
            requestId,
            instrumentId,
            issuer,
            quantity,
            me.getName(),
            buyer.getName(),
            cashInstrumentId,
            currency,
            bank.getName(),
            price);

    FlowSession buyerSession = messaging.initiateFlow(buyer.getName());
    buyerSession.send(terms);
    UtxoTransactionBuilder withCash =
        ledger.sendAndReceiveTransactionBuilder(builder, buyerSession);
    UtxoSignedTransaction signed = withCash.toSignedTransaction();
    if (receivedBySeller(signed, currency, me.getName()) != price) {
      throw new IllegalStateException(PRICE_NOT_RECEIVED);
    }

    List<FlowSession> sessions = new ArrayList<>();
    sessions.add(buyerSession);
    List<MemberX500Name> others =
        new ArrayList<>(List.of(template.getRegistrar(), issuer, bank.getName()));
    others.remove(buyer.getName());
    sessions.addAll(
        Sessions.openAndSend(
            messaging, me.getName(), terms, others.toArray(MemberX500Name[]::new)));
    String transactionId = finalizeTransaction(signed, sessions);
    return json.format(
        new DvpResponse(
            transactionId, instrumentId, quantity, buyer.getName().toString(), currency, price));
  }

  /** Cash of {@code currency} the transaction pays to {@code seller}. */
  private static long receivedBySeller(
      UtxoSignedTransaction signed, String currency, MemberX500Name seller) {
    List<CashTokenState> cash = new ArrayList<>();
    for (StateAndRef<?> output : signed.getOutputStateAndRefs()) {
      if (output.getState().getContractState() instanceof CashTokenState state) {
        cash.add(state);
      }
    }
    return Holdings.amount(cash, currency, seller);
  }
}
