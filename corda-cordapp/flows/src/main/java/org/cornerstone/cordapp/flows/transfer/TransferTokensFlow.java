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
 * A holder transfers tokens: claims enough unfrozen holdings, pays {@code quantity} to the receiver
 * and the rest back to itself as change. Signed by the holder and the registrar (command {@code
 * Move}).
 */
@InitiatingFlow(protocol = "cornerstone-transfer-tokens")
public class TransferTokensFlow implements ClientStartableFlow {

  public static final String SELF_TRANSFER = "The receiver must differ from the sender.";

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
    TransferRequest request = Requests.parse(body, json, TransferRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String assetId = Requests.required(request.getAssetId(), "assetId");
    long quantity = Requests.positive(request.getQuantity(), "quantity");
    MemberInfo me = members.myInfo();
    MemberX500Name issuer = Parties.name(request.getIssuer(), "issuer");
    MemberInfo receiver = Parties.member(members, request.getReceiver(), "receiver");
    if (receiver.getName().equals(me.getName())) {
      throw new IllegalArgumentException(SELF_TRANSFER);
    }
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());

    TokenClaim claim =
        TokenClaims.claim(
            selection,
            digests,
            TokenClaims.deduplicationId(requestId, "transfer"),
            TokenPools.ASSET_TOKEN_TYPE,
            issuer,
            assetId,
            me.getName(),
            notary,
            quantity,
            TokenPools.ONLY_FREE,
            TokenClaims.INSUFFICIENT_TOKENS);
    List<StateRef> refs = TokenClaims.refs(claim);
    List<AssetTokenState> spent =
        Holdings.assetStates(ledger.resolve(refs), assetId, issuer, me.getName());
    long change = Holdings.quantity(spent, assetId, me.getName()) - quantity;
    if (change < 0) {
      throw new IllegalStateException(TokenClaims.INSUFFICIENT_TOKENS + assetId);
    }
    AssetTokenState template = spent.get(0);
    PublicKey myKey = Parties.ledgerKey(me);
    UtxoTransactionBuilder builder =
        ledger
            .createTransactionBuilder()
            .setNotary(notary)
            .addInputStates(refs)
            .addOutputState(
                template.withHolder(receiver.getName(), Parties.ledgerKey(receiver), quantity))
            .addCommand(new AssetTokenContract.Commands.Move())
            .addSignatories(myKey, template.getRegistrarKey());
    if (change > 0) {
      builder.addOutputState(template.withHolder(me.getName(), myKey, change));
    }
    TransferTerms terms =
        new TransferTerms(assetId, issuer, me.getName(), receiver.getName(), quantity, null);
    List<FlowSession> sessions =
        Sessions.openAndSend(
            messaging, me.getName(), terms, template.getRegistrar(), receiver.getName(), issuer);
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
