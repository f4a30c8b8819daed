package org.cornerstone.cordapp.flows.cash;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * A payee or the settlement bank of a payment to several payees (they record it; the payer alone
 * signs): the initiator pays only its own cash of the announced instrument and bank, each announced
 * payee receives exactly its announced amount, and whatever else is created is change to the payer.
 */
@InitiatedBy(protocol = "cornerstone-pay-cash-batch")
public class PayCashBatchResponderFlow implements ResponderFlow {

  public static final String NOT_A_PARTY = "This node is neither a payee nor the bank.";

  @CordaInject private UtxoLedgerService ledger;
  @CordaInject private MemberLookup members;

  @Suspendable
  @Override
  public void call(FlowSession session) {
    BatchPaymentTerms terms = session.receive(BatchPaymentTerms.class);
    check(
        terms.getPayer().equals(session.getCounterparty()),
        PayCashResponderFlow.PAYER_NOT_INITIATOR);
    MemberX500Name me = members.myInfo().getName();
    check(
        me.equals(terms.getBank())
            || terms.getPayees().stream().anyMatch(p -> p.getParty().equals(me)),
        NOT_A_PARTY);
    ledger.receiveFinality(session, tx -> validate(tx, terms));
  }

  /** The checks, in a static method so they can run without a flow around them. */
  static void validate(UtxoLedgerTransaction tx, BatchPaymentTerms terms) {
    check(
        !tx.getCommands(CashTokenContract.Commands.Move.class).isEmpty(),
        PayCashResponderFlow.NOT_A_PAYMENT);
    List<CashTokenState> inputs = tx.getInputStates(CashTokenState.class);
    check(!inputs.isEmpty(), PayCashResponderFlow.NOT_THE_PAYERS_CASH);
    long spent = 0;
    for (CashTokenState input : inputs) {
      check(isAnnounced(input, terms, terms.getPayer()), PayCashResponderFlow.NOT_THE_PAYERS_CASH);
      spent = Math.addExact(spent, input.getAmount());
    }
    Map<MemberX500Name, Long> announced = new HashMap<>();
    for (BatchPaymentTerms.Payee payee : terms.getPayees()) {
      announced.put(payee.getParty(), payee.getAmount());
    }
    Map<MemberX500Name, Long> paid = new HashMap<>();
    long change = 0;
    for (CashTokenState output : tx.getOutputStates(CashTokenState.class)) {
      if (announced.containsKey(output.getHolder())
          && isAnnounced(output, terms, output.getHolder())) {
        paid.merge(output.getHolder(), output.getAmount(), Math::addExact);
      } else {
        check(
            isAnnounced(output, terms, terms.getPayer()), PayCashResponderFlow.CASH_TO_A_STRANGER);
        change = Math.addExact(change, output.getAmount());
      }
    }
    check(
        paid.equals(announced) && spent - change == terms.total(),
        PayCashResponderFlow.AMOUNT_DIFFERS);
  }

  private static boolean isAnnounced(
      CashTokenState cash, BatchPaymentTerms terms, MemberX500Name holder) {
    return cash.getInstrumentId().equals(terms.getInstrumentId())
        && cash.getCurrency().equals(terms.getCurrency())
        && cash.getIssuer().equals(terms.getBank())
        && cash.getHolder().equals(holder);
  }
}
