package org.cornerstone.cordapp.flows.transfer;

import java.security.PublicKey;
import java.util.List;
import net.corda.v5.application.crypto.DigestService;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.flows.InitiatingFlow;
import net.corda.v5.application.marshalling.JsonMarshallingService;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.application.messaging.FlowMessaging;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.common.NotaryLookup;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.token.selection.TokenClaim;
import net.corda.v5.ledger.utxo.token.selection.TokenSelection;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import net.corda.v5.membership.MemberInfo;
import org.cornerstone.cordapp.flows.common.Holdings;
import org.cornerstone.cordapp.flows.common.Notaries;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.common.Sessions;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.flows.selection.TokenPools;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * The registrar moves a holder's tokens without the holder (command {@code ForcedTransfer}, signed
 * by the registrar alone). Frozen holdings may be moved; the change returns to the holder unfrozen,
 * because the contract lets only {@code Freeze} produce a frozen holding.
 */
@InitiatingFlow(protocol = "cornerstone-forced-transfer")
public class ForcedTransferFlow implements ClientStartableFlow {

  public static final String NOT_THE_REGISTRAR =
      "Only the registrar of the instrument may force a transfer.";

  @CordaInject private JsonMarshallingService json;
  @CordaInject private MemberLookup members;
  @CordaInject private FlowMessaging messaging;
  @CordaInject private UtxoLedgerService ledger;
  @CordaInject private NotaryLookup notaries;
  @CordaInject private TokenSelection selection;
  @CordaInject private DigestService digests;

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    ForcedTransferRequest request = Requests.parse(body, json, ForcedTransferRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String assetId = Requests.required(request.getAssetId(), "assetId");
    String reason = Requests.required(request.getReason(), "reason");
    long quantity = Requests.positive(request.getQuantity(), "quantity");
    MemberInfo me = members.myInfo();
    MemberX500Name issuer = Parties.name(request.getIssuer(), "issuer");
    MemberX500Name holder = Parties.name(request.getHolder(), "holder");
    MemberInfo receiver = Parties.member(members, request.getReceiver(), "receiver");
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());

    TokenClaim claim =
        TokenClaims.claim(
            selection,
            digests,
            TokenClaims.deduplicationId(requestId, "forced-transfer"),
            TokenPools.ASSET_TOKEN_TYPE,
            issuer,
            assetId,
            holder,
            notary,
            quantity,
            null,
            TokenClaims.INSUFFICIENT_TOKENS);
    List<StateRef> refs = TokenClaims.refs(claim);
    List<AssetTokenState> spent =
        Holdings.assetStates(ledger.resolve(refs), assetId, issuer, holder);
    AssetTokenState template = spent.get(0);
    if (!template.getRegistrar().equals(me.getName())) {
      throw new IllegalArgumentException(NOT_THE_REGISTRAR);
    }
    long change = Holdings.quantity(spent, assetId, holder) - quantity;
    if (change < 0) {
      throw new IllegalStateException(TokenClaims.INSUFFICIENT_TOKENS + assetId);
    }
    UtxoTransactionBuilder builder =
        ledger
            .createTransactionBuilder()
            .setNotary(notary)
            .addInputStates(refs)
            .addOutputState(
                template.withHolder(receiver.getName(), Parties.ledgerKey(receiver), quantity))
            .addCommand(new AssetTokenContract.Commands.ForcedTransfer(reason))
            .addSignatories(template.getRegistrarKey());
    if (change > 0) {
      PublicKey holderKey = template.getHolderKey();
      builder.addOutputState(template.withHolder(holder, holderKey, change));
    }
    TransferTerms terms =
        new TransferTerms(assetId, issuer, holder, receiver.getName(), quantity, reason);
    List<FlowSession> sessions =
        Sessions.openAndSend(messaging, me.getName(), terms, holder, receiver.getName(), issuer);
    String transactionId =
        ledger
            .finalize(builder.toSignedTransaction(), sessions)
            .getTransaction()
            .getId()
            .toString();
    return json.format(
        new TransferResponse(transactionId, assetId, receiver.getName().toString(), quantity));
  }
}
