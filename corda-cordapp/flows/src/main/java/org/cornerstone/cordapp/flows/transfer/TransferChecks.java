package org.cornerstone.cordapp.flows.transfer;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import java.util.List;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.flows.common.Holdings;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/** What a counterparty of a (forced) transfer checks before it signs or stores the transaction. */
public final class TransferChecks {

  public static final String NOT_THE_ANNOUNCED_HOLDINGS =
      "The transaction spends holdings other than the sender's holdings of the announced asset.";
  public static final String QUANTITY_DIFFERS =
      "The receiver does not get exactly the announced quantity.";
  public static final String OUTPUT_TO_STRANGER =
      "The transaction gives tokens to someone other than the sender and the receiver.";
  public static final String WRONG_COMMAND =
      "The transaction does not carry the announced AssetTokenContract command.";
  public static final String REASON_DIFFERS =
      "The forced transfer does not record the announced reason.";
  public static final String RECEIVER_NOT_ELIGIBLE =
      "The receiver is not an eligible investor (not an active member of the network).";

  private TransferChecks() {}

  /**
   * Checks a move against its terms. The registrar, who keeps the register, additionally refuses a
   * receiver that is not an active member of the network.
   */
  public static void validate(
      UtxoLedgerTransaction tx, TransferTerms terms, MemberX500Name me, MemberLookup members) {
    if (terms.getReason() == null) {
      check(!tx.getCommands(AssetTokenContract.Commands.Move.class).isEmpty(), WRONG_COMMAND);
    } else {
      List<AssetTokenContract.Commands.ForcedTransfer> forced =
          tx.getCommands(AssetTokenContract.Commands.ForcedTransfer.class);
      check(!forced.isEmpty(), WRONG_COMMAND);
      check(terms.getReason().equals(forced.get(0).getReason()), REASON_DIFFERS);
    }
    List<AssetTokenState> inputs = tx.getInputStates(AssetTokenState.class);
    List<AssetTokenState> outputs = tx.getOutputStates(AssetTokenState.class);
    check(!inputs.isEmpty(), NOT_THE_ANNOUNCED_HOLDINGS);
    for (AssetTokenState input : inputs) {
      check(
          input.getInstrumentId().equals(terms.getInstrumentId())
              && input.getIssuer().equals(terms.getIssuer())
              && input.getHolder().equals(terms.getSender()),
          NOT_THE_ANNOUNCED_HOLDINGS);
    }
    for (AssetTokenState output : outputs) {
      check(
          output.getHolder().equals(terms.getReceiver())
              || output.getHolder().equals(terms.getSender()),
          OUTPUT_TO_STRANGER);
    }
    long received = Holdings.quantity(outputs, terms.getInstrumentId(), terms.getReceiver());
    check(received == terms.getQuantity(), QUANTITY_DIFFERS);
    if (me.equals(inputs.get(0).getRegistrar())) {
      check(Parties.isActiveMember(members, terms.getReceiver()), RECEIVER_NOT_ELIGIBLE);
    }
  }
}
