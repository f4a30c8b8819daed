package org.cornerstone.cordapp.flows.redeem;

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
import org.cornerstone.cordapp.plan.RedemptionPlan;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * A holder redeems tokens with their issuer (command {@code Redeem}, signed by holder and issuer):
 * the claimed holdings are consumed and only the change comes back to the holder.
 */
@InitiatingFlow(protocol = "cornerstone-redeem-tokens")
public class RedeemTokensFlow extends InitiatorFlow implements ClientStartableFlow {

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    RedeemRequest request = Requests.parse(body, json, RedeemRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String instrumentId = Requests.required(request.getInstrumentId(), "instrumentId");
    long quantity = Requests.positive(request.getQuantity(), "quantity");
    MemberInfo me = members.myInfo();
    MemberInfo issuer = Parties.member(members, request.getIssuer(), "issuer");
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());

    ClaimedHoldings claimed =
        claimOwnTokens(
            requestId, "redeem", issuer.getName(), instrumentId, me.getName(), notary, quantity);
    long change = claimed.changeAfter(quantity);
    AssetTokenState template = claimed.template();
    UtxoTransactionBuilder builder =
        planned(
            notary,
            RedemptionPlan.plan(
                new RedemptionPlan.Request(instrumentId, quantity), claimed.planInputs()),
            requestId);
    RedeemTerms terms = new RedeemTerms(instrumentId, issuer.getName(), me.getName(), quantity);
    String transactionId =
        finalizeWith(builder, me.getName(), terms, issuer.getName(), template.getRegistrar());
    return json.format(new RedeemResponse(transactionId, instrumentId, quantity, change));
  }
}
