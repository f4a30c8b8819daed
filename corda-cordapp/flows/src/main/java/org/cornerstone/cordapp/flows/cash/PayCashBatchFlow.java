package org.cornerstone.cordapp.flows.cash;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * A holder pays cash to several payees in one transaction (a batch of a distribution): the payer's
 * cash claimed through token selection for the total is consumed, each payee gets its amount and
 * the change goes back to the payer ({@link CashPaymentPlan#planBatch}, the plan the embedded
 * ledger uses; command {@code Move}, signed by the payer alone). Started on the payer's node; every
 * payee and the settlement bank (participants of the new cash) check the announced terms ({@link
 * PayCashBatchResponderFlow}) and record the transaction. At most {@link #MAX_PAYEES} payees. Once
 * per request id: the request key is recorded in the transaction and a second start with the same
 * id is refused.
 */
@InitiatingFlow(protocol = "cornerstone-pay-cash-batch")
public class PayCashBatchFlow extends InitiatorFlow implements ClientStartableFlow {

  /** The most payees in one transaction (the app's largest distribution batch). */
  public static final int MAX_PAYEES = 500;

  public static final String NO_PAYEES = "A batch payment needs at least one payee.";
  public static final String TOO_MANY_PAYEES =
      "A batch payment pays at most " + MAX_PAYEES + " payees.";
  public static final String DUPLICATE_PAYEE = "Each payee appears once in a batch payment.";

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    PayCashBatchRequest request = Requests.parse(body, json, PayCashBatchRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String instrumentId = Requests.required(request.getInstrumentId(), "instrumentId");
    String currency = IssueCashFlow.currency(request.getCurrency());
    List<PayCashBatchRequest.Payee> asked = request.getPayees();
    if (asked == null || asked.isEmpty()) {
      throw new IllegalArgumentException(NO_PAYEES);
    }
    if (asked.size() > MAX_PAYEES) {
      throw new IllegalArgumentException(TOO_MANY_PAYEES);
    }
    MemberInfo me = members.myInfo();
    MemberInfo bank = Parties.member(members, request.getIssuer(), "issuer");
    List<CashPaymentPlan.Payee> planned = new ArrayList<>();
    List<BatchPaymentTerms.Payee> announced = new ArrayList<>();
    Set<MemberX500Name> seen = new HashSet<>();
    long total = 0;
    for (PayCashBatchRequest.Payee p : asked) {
      long amount = Requests.minorUnits(p == null ? null : p.getAmount(), "amount");
      MemberInfo payee = Parties.member(members, p.getPayee(), "payee");
      if (payee.getName().equals(me.getName())) {
        throw new IllegalArgumentException(PayCashFlow.SELF_PAYMENT);
      }
      if (!seen.add(payee.getName())) {
        throw new IllegalArgumentException(DUPLICATE_PAYEE);
      }
      total = Math.addExact(total, amount);
      planned.add(new CashPaymentPlan.Payee(Parties.planParty(payee), amount));
      announced.add(new BatchPaymentTerms.Payee(payee.getName(), amount));
    }
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());

    ClaimedCash claimed =
        claimOwnCash(
            requestId,
            "pay-cash-batch",
            bank.getName(),
            instrumentId,
            currency,
            me.getName(),
            notary,
            total,
            TokenClaims.INSUFFICIENT_CASH_TO_PAY);
    long change = claimed.changeAfter(total);
    UtxoTransactionBuilder builder =
        planned(
            notary,
            CashPaymentPlan.planBatch(
                new CashPaymentPlan.BatchRequest(instrumentId, Parties.planParty(me), planned),
                claimed.planInputs()),
            requestId);
    BatchPaymentTerms terms =
        new BatchPaymentTerms(instrumentId, currency, bank.getName(), me.getName(), announced);
    MemberX500Name[] counterparties = new MemberX500Name[announced.size() + 1];
    for (int i = 0; i < announced.size(); i++) {
      counterparties[i] = announced.get(i).getParty();
    }
    counterparties[announced.size()] = bank.getName();
    String transactionId = finalizeWith(builder, me.getName(), terms, counterparties);
    return json.format(
        new PayCashBatchResponse(
            transactionId, instrumentId, currency, announced.size(), total, change));
  }
}
