package org.cornerstone.cordapp.flows.dvp;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.corda.v5.application.crypto.DigestService;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.flows.InitiatedBy;
import net.corda.v5.application.flows.ResponderFlow;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.token.selection.TokenClaim;
import net.corda.v5.ledger.utxo.token.selection.TokenSelection;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionValidator;
import net.corda.v5.membership.MemberInfo;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.common.Holdings;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.RegistrarRules;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.plan.CordaPlans;
import org.cornerstone.cordapp.plan.DvpPlan;
import org.cornerstone.cordapp.plan.PlanInput;
import org.cornerstone.cordapp.plan.PlanParty;
import org.cornerstone.cordapp.selection.TokenPools;

/**
 * Every counterparty of a DvP. The buyer claims its cash, adds it to the seller's transaction
 * builder and sends it back; everyone (buyer, registrar, issuer, settlement bank) then checks the
 * final transaction against the trade before signing or storing it.
 */
@InitiatedBy(protocol = "cornerstone-settle-dvp")
public class SettleDvpResponderFlow implements ResponderFlow {

  public static final String SELLER_NOT_INITIATOR = "Only the seller may settle its trade.";

  @CordaInject private UtxoLedgerService ledger;
  @CordaInject private MemberLookup members;
  @CordaInject private TokenSelection selection;
  @CordaInject private DigestService digests;

  @Suspendable
  @Override
  public void call(FlowSession session) {
    DvpTerms terms = session.receive(DvpTerms.class);
    check(terms.getSeller().equals(session.getCounterparty()), SELLER_NOT_INITIATOR);
    MemberInfo me = members.myInfo();
    MemberX500Name myName = me.getName();
    if (!myName.equals(terms.getBuyer())) {
      ledger.receiveFinality(
          session,
          new UtxoTransactionValidator() {
            @Suspendable
            @Override
            public void checkTransaction(UtxoLedgerTransaction tx) {
              DvpChecks.validate(tx, terms, myName, members);
              if (RegistrarRules.isRegistrar(tx, myName)) {
                RegistrarRules.check(
                    ledger,
                    selection,
                    digests,
                    tx,
                    terms.getInstrumentId(),
                    terms.getSeller(),
                    terms.getBuyer(),
                    terms.getQuantity(),
                    Instant.now());
              }
            }
          });
      return;
    }
    UtxoTransactionBuilder proposal = ledger.receiveTransactionBuilder(session);
    TokenClaim claim =
        TokenClaims.claim(
            selection,
            digests,
            TokenClaims.deduplicationId(terms.getRequestId(), "dvp-cash"),
            TokenPools.CASH_TOKEN_TYPE,
            terms.getSettlementBank(),
            terms.getCurrency(),
            myName,
            proposal.getNotaryName(),
            terms.getPrice(),
            TokenPools.ONLY_FREE,
            TokenClaims.INSUFFICIENT_CASH);
    List<StateRef> refs = TokenClaims.refs(claim);
    List<CashTokenState> cash =
        Holdings.cashStates(
            ledger.resolve(refs),
            terms.getCashInstrumentId(),
            terms.getCurrency(),
            terms.getSettlementBank(),
            myName);
    long change = Holdings.amount(cash, terms.getCurrency(), myName) - terms.getPrice();
    if (change < 0) {
      throw new IllegalStateException(TokenClaims.INSUFFICIENT_CASH + terms.getCurrency());
    }
    List<PlanInput<StateRef, CashTokenState>> inputs = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      inputs.add(new PlanInput<>(refs.get(i), cash.get(i)));
    }
    PlanParty bank = new PlanParty(terms.getSettlementBank(), cash.get(0).getIssuerKey());
    DvpPlan.Price price =
        new DvpPlan.Price(terms.getCashInstrumentId(), terms.getCurrency(), bank, terms.getPrice());
    CordaPlans.addTo(proposal, DvpPlan.cashLeg(Parties.planParty(me), price, inputs));
    ledger.sendUpdatedTransactionBuilder(proposal, session);
    ledger.receiveFinality(
        session,
        new UtxoTransactionValidator() {
          @Suspendable
          @Override
          public void checkTransaction(UtxoLedgerTransaction tx) {
            DvpChecks.validate(tx, terms, myName, members);
          }
        });
  }
}
