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
import org.cornerstone.cordapp.plan.CashPaymentPlan;

/**
 * A holder pays cash to another party (a trade's fee to the market operator): the payer's cash
 * claimed through token selection is consumed, {@code amount} goes to the payee and the change back
 * to the payer ({@link CashPaymentPlan}, command {@code Move}, signed by the payer alone). Started
 * on the payer's node; the payee and the settlement bank (both participants of the new cash) check
 * the announced terms and record the transaction. Once per request id: the request key is recorded
 * in the transaction and a second start with the same id is refused.
 */
@InitiatingFlow(protocol = "cornerstone-pay-cash")
public class PayCashFlow extends InitiatorFlow implements ClientStartableFlow {

  public static final String SELF_PAYMENT = "The payee must differ from the payer.";

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    PayCashRequest request = Requests.parse(body, json, PayCashRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String instrumentId = Requests.required(request.getInstrumentId(), "instrumentId");
    String currency = IssueCashFlow.currency(request.getCurrency());
    long amount = Requests.minorUnits(request.getAmount(), "amount");
    MemberInfo me = members.myInfo();
    MemberInfo bank = Parties.member(members, request.getIssuer(), "issuer");
    MemberInfo payee = Parties.member(members, request.getPayee(), "payee");
    if (payee.getName().equals(me.getName())) {
      throw new IllegalArgumentException(SELF_PAYMENT);
    }
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());

    ClaimedCash claimed =
        claimOwnCash(
            requestId,
            "pay-cash",
            bank.getName(),
            instrumentId,
            currency,
            me.getName(),
            notary,
            amount,
            TokenClaims.INSUFFICIENT_CASH_TO_PAY);
    long change = claimed.changeAfter(amount);
    UtxoTransactionBuilder builder =
        planned(
            notary,
            CashPaymentPlan.plan(
                new CashPaymentPlan.Request(
                    instrumentId, Parties.planParty(me), Parties.planParty(payee), amount),
                claimed.planInputs()),
            requestId);
    PaymentTerms terms =
        new PaymentTerms(
            instrumentId, currency, bank.getName(), me.getName(), payee.getName(), amount);
    String transactionId =
        finalizeWith(builder, me.getName(), terms, payee.getName(), bank.getName());
    return json.format(
        new PayCashResponse(
            transactionId, instrumentId, currency, payee.getName().toString(), amount, change));
  }
}
