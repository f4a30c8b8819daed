package org.cornerstone.cordapp.flows.truesale;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.InitiatingFlow;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import net.corda.v5.membership.MemberInfo;
import org.cornerstone.cordapp.flows.common.ClaimedHoldings;
import org.cornerstone.cordapp.flows.common.InitiatorFlow;
import org.cornerstone.cordapp.flows.common.Notaries;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.transfer.TransferTerms;
import org.cornerstone.cordapp.plan.PlanInput;
import org.cornerstone.cordapp.plan.PlanWindow;
import org.cornerstone.cordapp.plan.TrueSalePlan;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * The true sale of a securitization's pool (issue 14, ADR 0026): the seller claims its unfrozen
 * holdings of every leg's instrument and moves them to the SPV in one transaction built from {@link
 * TrueSalePlan} (command {@code Move}), signed by the seller, the registrar and the SPV; the
 * issuers store it.
 */
@InitiatingFlow(protocol = "cornerstone-sell-pool")
public class SellPoolFlow extends InitiatorFlow implements ClientStartableFlow {

  public static final String SELF_SALE = "The buyer must differ from the seller.";
  public static final String NO_LEGS = "The sale needs at least one leg.";

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    SellPoolRequest request = Requests.parse(body, json, SellPoolRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    MemberInfo me = members.myInfo();
    MemberInfo buyer = Parties.member(members, request.getBuyer(), "buyer");
    if (buyer.getName().equals(me.getName())) {
      throw new IllegalArgumentException(SELF_SALE);
    }
    if (request.getLegs() == null || request.getLegs().isEmpty()) {
      throw new IllegalArgumentException(NO_LEGS);
    }
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());
    List<PlanInput<StateRef, AssetTokenState>> inputs = new ArrayList<>();
    List<TrueSalePlan.Leg> legs = new ArrayList<>();
    List<TransferTerms> terms = new ArrayList<>();
    Set<MemberX500Name> counterparties = new LinkedHashSet<>();
    counterparties.add(buyer.getName());
    for (SellPoolRequest.Leg leg : request.getLegs()) {
      String instrumentId = Requests.required(leg.getInstrumentId(), "instrumentId");
      long quantity = Requests.positive(leg.getQuantity(), "quantity");
      MemberX500Name issuer = Parties.name(leg.getIssuer(), "issuer");
      ClaimedHoldings claimed =
          claimOwnTokens(
              requestId,
              "true-sale-" + instrumentId,
              issuer,
              instrumentId,
              me.getName(),
              notary,
              quantity);
      claimed.changeAfter(quantity);
      inputs.addAll(claimed.planInputs());
      legs.add(new TrueSalePlan.Leg(instrumentId, quantity));
      terms.add(
          new TransferTerms(instrumentId, issuer, me.getName(), buyer.getName(), quantity, null));
      counterparties.add(claimed.template().getRegistrar());
      counterparties.add(issuer);
    }
    counterparties.remove(me.getName());
    UtxoTransactionBuilder builder =
        planned(
            notary,
            TrueSalePlan.plan(
                Parties.planParty(buyer), legs, inputs, PlanWindow.transfer(Instant.now())),
            requestId);
    String transactionId =
        finalizeWith(
            builder,
            me.getName(),
            new PoolSaleTerms(me.getName(), buyer.getName(), terms),
            counterparties.toArray(MemberX500Name[]::new));
    return json.format(
        new SellPoolResponse(transactionId, buyer.getName().toString(), legs.size()));
  }
}
