package org.cornerstone.cordapp.flows.cash;

import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.InitiatingFlow;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import net.corda.v5.membership.MemberInfo;
import org.cornerstone.cordapp.flows.common.ClaimedCash;
import org.cornerstone.cordapp.flows.common.InitiatorFlow;
import org.cornerstone.cordapp.flows.common.Notaries;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.plan.CashRedemptionPlan;

/**
 * A holder withdraws cash: the cash claimed through token selection is consumed, only the change
 * comes back to the holder (command {@code Redeem}, signed by holder and settlement bank). Started
 * on the holder's node.
 */
@InitiatingFlow(protocol = "cornerstone-redeem-cash")
public class RedeemCashFlow extends InitiatorFlow implements ClientStartableFlow {

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    RedeemCashRequest request = Requests.parse(body, json, RedeemCashRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String instrumentId = Requests.required(request.getInstrumentId(), "instrumentId");
    String currency = IssueCashFlow.currency(request.getCurrency());
    long amount = Requests.minorUnits(request.getAmount(), "amount");
    MemberInfo me = members.myInfo();
    MemberInfo bank = Parties.member(members, request.getIssuer(), "issuer");
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());

    ClaimedCash claimed =
        claimOwnCash(
            requestId,
            "redeem-cash",
            bank.getName(),
            instrumentId,
            currency,
            me.getName(),
            notary,
            amount,
            TokenClaims.INSUFFICIENT_CASH_TO_REDEEM);
    long change = claimed.changeAfter(amount);
    UtxoTransactionBuilder builder =
        planned(
            notary,
            CashRedemptionPlan.plan(
                new CashRedemptionPlan.Request(instrumentId, amount), claimed.planInputs()),
            requestId);
    CashTerms terms = new CashTerms(instrumentId, currency, bank.getName(), me.getName(), amount);
    String transactionId = finalizeWith(builder, me.getName(), terms, bank.getName());
    return json.format(
        new RedeemCashResponse(transactionId, instrumentId, currency, amount, change));
  }
}
