package org.cornerstone.cordapp.flows.cash;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import java.util.List;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.flows.InitiatedBy;
import net.corda.v5.application.flows.ResponderFlow;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;

/**
 * The holder of newly issued cash. Before storing the transaction it checks that it is an {@code
 * Issue} of exactly the announced cash: one holding, from the bank that started the flow, in the
 * announced instrument and currency, of the announced amount, to itself.
 */
@InitiatedBy(protocol = "cornerstone-issue-cash")
public class IssueCashResponderFlow implements ResponderFlow {

  public static final String BANK_NOT_INITIATOR = "Only the settlement bank may issue its cash.";
  public static final String NOT_FOR_ME = "The announced cash is not for this holder.";
  public static final String NOT_AN_ISSUE = "The transaction is not a cash Issue.";
  public static final String NOT_ONE_HOLDING = "A cash issue must create exactly one holding.";
  public static final String NOT_THE_ANNOUNCED_CASH =
      "The cash differs from the announced bank, instrument, currency, amount or holder.";

  @CordaInject private UtxoLedgerService ledger;
  @CordaInject private MemberLookup members;

  @Suspendable
  @Override
  public void call(FlowSession session) {
    CashTerms terms = session.receive(CashTerms.class);
    check(terms.getBank().equals(session.getCounterparty()), BANK_NOT_INITIATOR);
    MemberX500Name me = members.myInfo().getName();
    check(terms.getHolder().equals(me), NOT_FOR_ME);
    ledger.receiveFinality(session, tx -> validate(tx, terms));
  }

  /** The checks, in a static method so they can run without a flow around them. */
  static void validate(UtxoLedgerTransaction tx, CashTerms terms) {
    check(!tx.getCommands(CashTokenContract.Commands.Issue.class).isEmpty(), NOT_AN_ISSUE);
    check(tx.getInputStates(CashTokenState.class).isEmpty(), NOT_AN_ISSUE);
    List<CashTokenState> outputs = tx.getOutputStates(CashTokenState.class);
    check(outputs.size() == 1, NOT_ONE_HOLDING);
    CashTokenState cash = outputs.get(0);
    check(
        cash.getIssuer().equals(terms.getBank())
            && cash.getInstrumentId().equals(terms.getInstrumentId())
            && cash.getCurrency().equals(terms.getCurrency())
            && cash.getAmount() == terms.getAmount()
            && cash.getHolder().equals(terms.getHolder()),
        NOT_THE_ANNOUNCED_CASH);
  }
}
