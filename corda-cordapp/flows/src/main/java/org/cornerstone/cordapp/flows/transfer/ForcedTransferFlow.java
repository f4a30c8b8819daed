package org.cornerstone.cordapp.flows.transfer;

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
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.plan.ForcedTransferPlan;

/**
 * The registrar moves a holder's tokens without the holder (command {@code ForcedTransfer}, signed
 * by the registrar alone). Frozen holdings may be moved. Without {@code carryFreeze} every output
 * is unfrozen; with it (a recovery to a new identity) the frozen tokens stay frozen on the receiver
 * in the same transaction ({@link ForcedTransferPlan}). Outputs keep the holder's latest {@code
 * acquiredAt}. Idempotent by request key ({@code planned(notary, plan, requestId)}).
 */
@InitiatingFlow(protocol = "cornerstone-forced-transfer")
public class ForcedTransferFlow extends InitiatorFlow implements ClientStartableFlow {

  public static final String NOT_THE_REGISTRAR =
      "Only the registrar of the instrument may force a transfer.";

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    ForcedTransferRequest request = Requests.parse(body, json, ForcedTransferRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String instrumentId = Requests.required(request.getInstrumentId(), "instrumentId");
    String reason = Requests.required(request.getReason(), "reason");
    long quantity = Requests.positive(request.getQuantity(), "quantity");
    MemberInfo me = members.myInfo();
    MemberX500Name issuer = Parties.name(request.getIssuer(), "issuer");
    MemberX500Name holder = Parties.name(request.getHolder(), "holder");
    MemberInfo receiver = Parties.member(members, request.getReceiver(), "receiver");
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());

    ClaimedHoldings claimed =
        claimAssetTokens(
            requestId,
            "forced-transfer",
            issuer,
            instrumentId,
            holder,
            notary,
            quantity,
            null,
            TokenClaims.INSUFFICIENT_TOKENS);
    claimed.requireRegistrar(me.getName(), NOT_THE_REGISTRAR);
    claimed.changeAfter(quantity);
    UtxoTransactionBuilder builder =
        planned(
            notary,
            ForcedTransferPlan.plan(
                new ForcedTransferPlan.Request(
                    instrumentId,
                    Parties.planParty(receiver),
                    quantity,
                    reason,
                    request.isCarryFreeze()),
                claimed.planInputs()),
            requestId);
    TransferTerms terms =
        new TransferTerms(instrumentId, issuer, holder, receiver.getName(), quantity, reason);
    String transactionId =
        finalizeWith(builder, me.getName(), terms, holder, receiver.getName(), issuer);
    return json.format(
        new TransferResponse(transactionId, instrumentId, receiver.getName().toString(), quantity));
  }
}
