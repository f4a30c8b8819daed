package org.cornerstone.cordapp.flows.transfer;

import java.time.Instant;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.InitiatingFlow;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import net.corda.v5.membership.MemberInfo;
import org.cornerstone.cordapp.flows.common.ClaimedHoldings;
import org.cornerstone.cordapp.flows.common.InitiatorFlow;
import org.cornerstone.cordapp.flows.common.Notaries;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.plan.PlanWindow;
import org.cornerstone.cordapp.plan.TransferPlan;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * A holder transfers tokens: claims enough unfrozen holdings, pays {@code quantity} to the receiver
 * and the rest back to itself as change. Signed by the holder and the registrar (command {@code
 * Move}).
 */
@InitiatingFlow(protocol = "cornerstone-transfer-tokens")
public class TransferTokensFlow extends InitiatorFlow implements ClientStartableFlow {

  public static final String SELF_TRANSFER = "The receiver must differ from the sender.";

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    TransferRequest request = Requests.parse(body, json, TransferRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String instrumentId = Requests.required(request.getInstrumentId(), "instrumentId");
    long quantity = Requests.positive(request.getQuantity(), "quantity");
    MemberInfo me = members.myInfo();
    MemberX500Name issuer = Parties.name(request.getIssuer(), "issuer");
    MemberInfo receiver = Parties.member(members, request.getReceiver(), "receiver");
    if (receiver.getName().equals(me.getName())) {
      throw new IllegalArgumentException(SELF_TRANSFER);
    }
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());

    ClaimedHoldings claimed =
        claimOwnTokens(requestId, "transfer", issuer, instrumentId, me.getName(), notary, quantity);
    claimed.changeAfter(quantity);
    AssetTokenState template = claimed.template();
    UtxoTransactionBuilder builder =
        planned(
            notary,
            TransferPlan.plan(
                new TransferPlan.Request(instrumentId, Parties.planParty(receiver), quantity),
                claimed.planInputs(),
                PlanWindow.transfer(Instant.now())),
            requestId);
    TransferTerms terms =
        new TransferTerms(instrumentId, issuer, me.getName(), receiver.getName(), quantity, null);
    String transactionId =
        finalizeWith(
            builder, me.getName(), terms, template.getRegistrar(), receiver.getName(), issuer);
    return json.format(
        new TransferResponse(transactionId, instrumentId, receiver.getName().toString(), quantity));
  }
}
