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
 * The payee and the settlement bank of a cash payment (they record it; the payer alone signs): the
 * initiator pays only its own cash of the announced instrument and bank, the payee receives exactly
 * the announced amount, and whatever else is created is change to the payer.
 */
@InitiatedBy(protocol = "cornerstone-pay-cash")
public class PayCashResponderFlow implements ResponderFlow {

  public static final String PAYER_NOT_INITIATOR = "Only the payer may pay with its cash.";
  public static final String NOT_A_PARTY = "This node is neither the payee nor the bank.";
  public static final String NOT_A_PAYMENT = "The transaction is not a cash Move.";
  public static final String NOT_THE_PAYERS_CASH =
      "The payment spends cash other than the payer's cash of the announced instrument.";
  public static final String CASH_TO_A_STRANGER =
      "The payment creates cash for someone other than the payee or the payer, or of another"
          + " instrument.";
  public static final String AMOUNT_DIFFERS = "The paid amount differs from the announced one.";

  @CordaInject private UtxoLedgerService ledger;
  @CordaInject private MemberLookup members;

  @Suspendable
  @Override
  public void call(FlowSession session) {
    PaymentTerms terms = session.receive(PaymentTerms.class);
    check(terms.getPayer().equals(session.getCounterparty()), PAYER_NOT_INITIATOR);
    MemberX500Name me = members.myInfo().getName();
    check(me.equals(terms.getPayee()) || me.equals(terms.getBank()), NOT_A_PARTY);
    ledger.receiveFinality(session, tx -> validate(tx, terms));
  }

  /** The checks, in a static method so they can run without a flow around them. */
  static void validate(UtxoLedgerTransaction tx, PaymentTerms terms) {
    check(!tx.getCommands(CashTokenContract.Commands.Move.class).isEmpty(), NOT_A_PAYMENT);
    List<CashTokenState> inputs = tx.getInputStates(CashTokenState.class);
    check(!inputs.isEmpty(), NOT_THE_PAYERS_CASH);
    long spent = 0;
    for (CashTokenState input : inputs) {
      check(isAnnounced(input, terms, terms.getPayer()), NOT_THE_PAYERS_CASH);
      spent = Math.addExact(spent, input.getAmount());
    }
    long paid = 0;
    long change = 0;
    for (CashTokenState output : tx.getOutputStates(CashTokenState.class)) {
      if (isAnnounced(output, terms, terms.getPayee())) {
        paid = Math.addExact(paid, output.getAmount());
      } else {
        check(isAnnounced(output, terms, terms.getPayer()), CASH_TO_A_STRANGER);
        change = Math.addExact(change, output.getAmount());
      }
    }
    check(paid == terms.getAmount() && spent - change == paid, AMOUNT_DIFFERS);
  }

  private static boolean isAnnounced(
      CashTokenState cash, PaymentTerms terms, MemberX500Name holder) {
    return cash.getInstrumentId().equals(terms.getInstrumentId())
        && cash.getCurrency().equals(terms.getCurrency())
        && cash.getIssuer().equals(terms.getBank())
        && cash.getHolder().equals(holder);
  }
}
