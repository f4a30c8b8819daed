package org.cornerstone.cordapp.flows.dvp;

import java.security.PublicKey;
import java.util.ArrayList;
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
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.token.selection.TokenClaim;
import net.corda.v5.ledger.utxo.token.selection.TokenSelection;
import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import net.corda.v5.membership.MemberInfo;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
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
 * Delivery versus payment, atomic in one transaction. The seller claims its tokens and builds the
 * transaction (tokens to the buyer, the price in cash to itself); the buyer adds its cash inputs
 * and change through {@link UtxoLedgerService#sendAndReceiveTransactionBuilder}; then one {@code
 * finalize} collects the buyer's and the registrar's signatures and notarises.
 */
@InitiatingFlow(protocol = "cornerstone-settle-dvp")
public class SettleDvpFlow implements ClientStartableFlow {

  public static final String SELF_TRADE = "The buyer must differ from the seller.";
  public static final String PRICE_NOT_RECEIVED =
      "The buyer's version of the transaction does not pay the agreed price to the seller.";

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
    DvpRequest request = Requests.parse(body, json, DvpRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String assetId = Requests.required(request.getAssetId(), "assetId");
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

    TokenClaim claim =
        TokenClaims.claim(
            selection,
            digests,
            TokenClaims.deduplicationId(requestId, "dvp-asset"),
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
                template.withHolder(buyer.getName(), Parties.ledgerKey(buyer), quantity))
            .addOutputState(
                new CashTokenState(
                    currency, bank.getName(), Parties.ledgerKey(bank), me.getName(), myKey, price))
            .addCommand(new AssetTokenContract.Commands.DvP())
            .addCommand(new CashTokenContract.Commands.DvP())
            .addSignatories(myKey, template.getRegistrarKey());
    if (change > 0) {
      builder.addOutputState(template.withHolder(me.getName(), myKey, change));
    }
    DvpTerms terms =
        new DvpTerms(
            requestId,
            assetId,
            issuer,
            quantity,
            me.getName(),
            buyer.getName(),
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
    String transactionId = ledger.finalize(signed, sessions).getTransaction().getId().toString();
    return json.format(
        new DvpResponse(
            transactionId, assetId, quantity, buyer.getName().toString(), currency, price));
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
