package org.cornerstone.cordapp.flows.cash;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import java.util.List;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.flows.InitiatedBy;
import net.corda.v5.application.flows.ResponderFlow;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;

/**
 * The settlement bank of a withdrawal (signs): the initiator redeems only its own cash of the
 * announced instrument and currency issued by this bank, exactly the announced amount leaves the
 * supply, and any change goes back to the holder.
 */
@InitiatedBy(protocol = "cornerstone-redeem-cash")
public class RedeemCashResponderFlow implements ResponderFlow {

  public static final String HOLDER_NOT_INITIATOR = "Only the holder may redeem its cash.";
  public static final String NOT_MY_CASH = "The cash to redeem was not issued by this bank.";
  public static final String NOT_A_REDEMPTION = "The transaction is not a cash Redeem.";
  public static final String NOT_THE_HOLDERS_CASH =
      "The redemption spends cash other than the holder's cash of the announced instrument.";
  public static final String CHANGE_NOT_TO_HOLDER =
      "The redemption creates cash for someone other than the holder, or of another instrument.";
  public static final String AMOUNT_DIFFERS = "The redeemed amount differs from the announced one.";

  @CordaInject private UtxoLedgerService ledger;
  @CordaInject private MemberLookup members;

  @Suspendable
  @Override
  public void call(FlowSession session) {
    CashTerms terms = session.receive(CashTerms.class);
    check(terms.getHolder().equals(session.getCounterparty()), HOLDER_NOT_INITIATOR);
    check(terms.getBank().equals(members.myInfo().getName()), NOT_MY_CASH);
    ledger.receiveFinality(session, tx -> validate(tx, terms));
  }

  /** The checks, in a static method so they can run without a flow around them. */
  static void validate(UtxoLedgerTransaction tx, CashTerms terms) {
    check(!tx.getCommands(CashTokenContract.Commands.Redeem.class).isEmpty(), NOT_A_REDEMPTION);
    List<CashTokenState> inputs = tx.getInputStates(CashTokenState.class);
    check(!inputs.isEmpty(), NOT_THE_HOLDERS_CASH);
    long redeemed = 0;
    for (CashTokenState input : inputs) {
      check(isAnnounced(input, terms), NOT_THE_HOLDERS_CASH);
      redeemed = Math.addExact(redeemed, input.getAmount());
    }
    for (CashTokenState output : tx.getOutputStates(CashTokenState.class)) {
      check(isAnnounced(output, terms), CHANGE_NOT_TO_HOLDER);
      redeemed = Math.subtractExact(redeemed, output.getAmount());
    }
    check(redeemed == terms.getAmount(), AMOUNT_DIFFERS);
  }

  private static boolean isAnnounced(CashTokenState cash, CashTerms terms) {
    return cash.getInstrumentId().equals(terms.getInstrumentId())
        && cash.getCurrency().equals(terms.getCurrency())
        && cash.getIssuer().equals(terms.getBank())
        && cash.getHolder().equals(terms.getHolder());
  }
}
