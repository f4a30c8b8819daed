package org.cornerstone.cordapp.flows.freeze;

import java.math.BigDecimal;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.token.selection.TokenBalance;
import net.corda.v5.ledger.utxo.token.selection.TokenBalanceCriteria;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import net.corda.v5.membership.MemberInfo;
import org.cornerstone.cordapp.flows.common.ClaimedHoldings;
import org.cornerstone.cordapp.flows.common.InitiatorFlow;
import org.cornerstone.cordapp.flows.common.Notaries;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.plan.FreezePlan;
import org.cornerstone.cordapp.selection.TokenPools;

/**
 * The body of {@link FreezeHoldingFlow} and {@link UnfreezeHoldingFlow}. The registrar claims all
 * of the holder's unfrozen (or frozen) holdings of the instrument in its own vault (or enough of
 * them for the requested quantity) and produces each again with the flag flipped, in the same
 * order, as the contract requires; by quantity the last one is split (see FreezePlan).
 */
public abstract class FreezeOperation extends InitiatorFlow {

  static final String NOTHING_TO_FREEZE = "The holder has no unfrozen holdings of ";
  static final String NOTHING_TO_UNFREEZE = "The holder has no frozen holdings of ";
  static final String NOT_THE_REGISTRAR =
      "Only the registrar of the instrument may freeze or unfreeze it.";

  private final boolean freeze;

  FreezeOperation(boolean freeze) {
    this.freeze = freeze;
  }

  @Suspendable
  public String call(ClientRequestBody body) {
    FreezeRequest request = Requests.parse(body, json, FreezeRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String instrumentId = Requests.required(request.getInstrumentId(), "instrumentId");
    String reason = Requests.required(request.getReason(), "reason");
    Long quantity =
        request.getQuantity() == null ? null : Requests.positive(request.getQuantity(), "quantity");
    MemberInfo me = members.myInfo();
    MemberX500Name issuer = Parties.name(request.getIssuer(), "issuer");
    MemberX500Name holder = Parties.name(request.getHolder(), "holder");
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());
    String tags = freeze ? TokenPools.ONLY_FREE : TokenPools.ONLY_FROZEN;
    String nothing = freeze ? NOTHING_TO_FREEZE : NOTHING_TO_UNFREEZE;

    TokenBalanceCriteria balanceCriteria =
        new TokenBalanceCriteria(
            TokenPools.ASSET_TOKEN_TYPE,
            TokenPools.partyHash(digests, issuer),
            notary,
            instrumentId);
    balanceCriteria.setOwnerHash(TokenPools.partyHash(digests, holder));
    balanceCriteria.setTagRegex(tags);
    TokenBalance balance = selection.queryBalance(balanceCriteria);
    BigDecimal available = balance == null ? BigDecimal.ZERO : balance.getAvailableBalance();
    if (available.signum() <= 0) {
      throw new IllegalStateException(nothing + instrumentId);
    }
    ClaimedHoldings claimed =
        claimAssetTokens(
            requestId,
            freeze ? "freeze" : "unfreeze",
            issuer,
            instrumentId,
            holder,
            notary,
            quantity == null ? available.longValueExact() : quantity,
            tags,
            nothing);
    claimed.requireRegistrar(me.getName(), NOT_THE_REGISTRAR);
    var plan =
        FreezePlan.plan(
            quantity == null
                ? FreezePlan.Request.whole(instrumentId, freeze, reason)
                : FreezePlan.Request.quantity(instrumentId, freeze, quantity, reason),
            claimed.planInputs());
    UtxoTransactionBuilder builder = planned(notary, plan, requestId);
    FreezeTerms terms = new FreezeTerms(instrumentId, issuer, holder, freeze, reason, quantity);
    String transactionId = finalizeWith(builder, me.getName(), terms, holder, issuer);
    return json.format(
        new FreezeResponse(
            transactionId,
            instrumentId,
            holder.toString(),
            FreezePlan.affectedQuantity(plan, freeze),
            freeze));
  }
}
