package org.cornerstone.cordapp.flows.redeem;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import java.util.List;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.flows.InitiatedBy;
import net.corda.v5.application.flows.ResponderFlow;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.flows.common.Holdings;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Issuer (signs) and registrar (stores) of a redemption: the initiator redeems only its own
 * holdings of the announced asset, exactly the announced quantity leaves the supply.
 */
@InitiatedBy(protocol = "cornerstone-redeem-tokens")
public class RedeemTokensResponderFlow implements ResponderFlow {

  public static final String HOLDER_NOT_INITIATOR = "Only the holder may redeem its tokens.";
  public static final String NOT_A_REDEMPTION = "The transaction is not a Redeem.";
  public static final String NOT_THE_HOLDERS_TOKENS =
      "The redemption spends holdings other than the holder's holdings of the announced asset.";
  public static final String QUANTITY_DIFFERS =
      "The redeemed quantity differs from the announced one.";

  @CordaInject private UtxoLedgerService ledger;

  @Suspendable
  @Override
  public void call(FlowSession session) {
    RedeemTerms terms = session.receive(RedeemTerms.class);
    check(terms.getHolder().equals(session.getCounterparty()), HOLDER_NOT_INITIATOR);
    ledger.receiveFinality(session, tx -> validate(tx, terms));
  }

  static void validate(UtxoLedgerTransaction tx, RedeemTerms terms) {
    check(!tx.getCommands(AssetTokenContract.Commands.Redeem.class).isEmpty(), NOT_A_REDEMPTION);
    List<AssetTokenState> inputs = tx.getInputStates(AssetTokenState.class);
    check(!inputs.isEmpty(), NOT_THE_HOLDERS_TOKENS);
    for (AssetTokenState input : inputs) {
      check(
          input.getInstrumentId().equals(terms.getInstrumentId())
              && input.getIssuer().equals(terms.getIssuer())
              && input.getHolder().equals(terms.getHolder()),
          NOT_THE_HOLDERS_TOKENS);
    }
    List<AssetTokenState> outputs = tx.getOutputStates(AssetTokenState.class);
    long redeemed =
        Holdings.quantity(inputs, terms.getInstrumentId(), null)
            - Holdings.quantity(outputs, terms.getInstrumentId(), null);
    check(redeemed == terms.getQuantity(), QUANTITY_DIFFERS);
  }
}
