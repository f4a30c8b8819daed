package org.cornerstone.cordapp.flows.redeem;

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
 * A holder redeems tokens with their issuer (command {@code Redeem}, signed by holder and issuer):
 * the claimed holdings are consumed and only the change comes back to the holder.
 */
@InitiatingFlow(protocol = "cornerstone-redeem-tokens")
public class RedeemTokensFlow implements ClientStartableFlow {

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
    RedeemRequest request = Requests.parse(body, json, RedeemRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String assetId = Requests.required(request.getAssetId(), "assetId");
    long quantity = Requests.positive(request.getQuantity(), "quantity");
    MemberInfo me = members.myInfo();
    MemberInfo issuer = Parties.member(members, request.getIssuer(), "issuer");
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());

    TokenClaim claim =
        TokenClaims.claim(
            selection,
            digests,
            TokenClaims.deduplicationId(requestId, "redeem"),
            TokenPools.ASSET_TOKEN_TYPE,
            issuer.getName(),
            assetId,
            me.getName(),
            notary,
            quantity,
            TokenPools.ONLY_FREE,
            TokenClaims.INSUFFICIENT_TOKENS);
    List<StateRef> refs = TokenClaims.refs(claim);
    List<AssetTokenState> spent =
        Holdings.assetStates(ledger.resolve(refs), assetId, issuer.getName(), me.getName());
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
            .addCommand(new AssetTokenContract.Commands.Redeem())
            .addSignatories(myKey, template.getIssuerKey());
    if (change > 0) {
      builder.addOutputState(template.withHolder(me.getName(), myKey, change));
    }
    RedeemTerms terms = new RedeemTerms(assetId, issuer.getName(), me.getName(), quantity);
    List<FlowSession> sessions =
        Sessions.openAndSend(
            messaging, me.getName(), terms, issuer.getName(), template.getRegistrar());
    String transactionId =
        ledger
            .finalize(builder.toSignedTransaction(), sessions)
            .getTransaction()
            .getId()
            .toString();
    return json.format(new RedeemResponse(transactionId, assetId, quantity, change));
  }
}
