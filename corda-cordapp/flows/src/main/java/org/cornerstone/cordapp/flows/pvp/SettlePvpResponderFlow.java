package org.cornerstone.cordapp.flows.pvp;

import static org.cornerstone.cordapp.flows.common.Checks.check;

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
import org.cornerstone.cordapp.cash.PvpLeg;
import org.cornerstone.cordapp.flows.common.ClaimedCash;
import org.cornerstone.cordapp.flows.common.Holdings;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.plan.CordaPlans;
import org.cornerstone.cordapp.plan.PvpPlan;
import org.cornerstone.cordapp.selection.TokenPools;

/**
 * Every counterparty of a PvP. Party B checks the terms (it is B, under its own ledger key; A
 * started the flow; the amounts match the rate), claims its cash, adds its leg ({@link
 * PvpPlan#legOfB}) to A's transaction builder and sends it back; B and both banks then check the
 * final transaction against the terms ({@link PvpChecks}) before signing or storing it.
 */
@InitiatedBy(protocol = "cornerstone-settle-pvp")
public class SettlePvpResponderFlow implements ResponderFlow {

  public static final String PAYER_NOT_INITIATOR = "Only party A may settle its PvP.";
  public static final String NOT_MY_KEY = "The terms name this party under another ledger key.";

  @CordaInject private UtxoLedgerService ledger;
  @CordaInject private MemberLookup members;
  @CordaInject private TokenSelection selection;
  @CordaInject private DigestService digests;

  @Suspendable
  @Override
  public void call(FlowSession session) {
    PvpTerms terms = session.receive(PvpTerms.class);
    check(terms.getLegA().getPayer().equals(session.getCounterparty()), PAYER_NOT_INITIATOR);
    MemberInfo me = members.myInfo();
    MemberX500Name myName = me.getName();
    UtxoTransactionValidator validator =
        new UtxoTransactionValidator() {
          @Suspendable
          @Override
          public void checkTransaction(UtxoLedgerTransaction tx) {
            PvpChecks.validate(tx, terms);
          }
        };
    PvpLeg mine = terms.getLegB();
    if (!myName.equals(mine.getPayer())) {
      ledger.receiveFinality(session, validator);
      return;
    }
    check(Parties.ledgerKey(me).equals(mine.getPayerKey()), NOT_MY_KEY);
    PvpPlan.Request request = terms.planRequest();
    PvpPlan.command(request); // the rate and the parties, before any cash is claimed
    UtxoTransactionBuilder proposal = ledger.receiveTransactionBuilder(session);
    TokenClaim claim =
        TokenClaims.claim(
            selection,
            digests,
            TokenClaims.deduplicationId(terms.getRequestId(), "pvp-counter"),
            TokenPools.CASH_TOKEN_TYPE,
            mine.getBank(),
            mine.getCurrency(),
            myName,
            proposal.getNotaryName(),
            mine.getAmount(),
            TokenPools.ONLY_FREE,
            TokenClaims.INSUFFICIENT_CASH_TO_PAY);
    List<StateRef> refs = TokenClaims.refs(claim);
    ClaimedCash claimed =
        new ClaimedCash(
            mine.getCurrency(),
            myName,
            refs,
            Holdings.cashStates(
                ledger.resolve(refs),
                mine.getCashInstrumentId(),
                mine.getCurrency(),
                mine.getBank(),
                myName),
            TokenClaims.INSUFFICIENT_CASH_TO_PAY);
    CordaPlans.addTo(proposal, PvpPlan.legOfB(request, claimed.planInputs()));
    ledger.sendUpdatedTransactionBuilder(proposal, session);
    ledger.receiveFinality(session, validator);
  }
}
