package org.cornerstone.cordapp.flows.freeze;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import java.util.List;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.common.ReasonedCommand;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/** What the holder and the issuer check before storing a freeze or unfreeze. */
public final class FreezeChecks {

  public static final String INITIATOR_NOT_REGISTRAR =
      "Only the registrar of the instrument may freeze or unfreeze it.";
  public static final String WRONG_COMMAND =
      "The transaction does not carry the announced Freeze or Unfreeze with its reason.";
  public static final String NOT_THE_HOLDERS_TOKENS =
      "The transaction touches holdings other than the holder's holdings of the announced asset.";
  public static final String QUANTITY_DIFFERS =
      "The transaction (un)freezes another quantity than announced.";
  public static final String CHANGES_MORE_THAN_FLAG =
      "The transaction changes more than the frozen flag.";

  private FreezeChecks() {}

  @Suspendable
  public static void validate(
      UtxoLedgerTransaction tx, FreezeTerms terms, MemberX500Name initiator) {
    List<? extends ReasonedCommand> commands =
        terms.isFrozen()
            ? tx.getCommands(AssetTokenContract.Commands.Freeze.class)
            : tx.getCommands(AssetTokenContract.Commands.Unfreeze.class);
    check(
        commands.size() == 1 && terms.getReason().equals(commands.get(0).getReason()),
        WRONG_COMMAND);
    List<AssetTokenState> inputs = tx.getInputStates(AssetTokenState.class);
    List<AssetTokenState> outputs = tx.getOutputStates(AssetTokenState.class);
    int count = inputs.size();
    // A freeze by quantity may split the last holding: its flipped part, then the remainder.
    boolean split = terms.getQuantity() != null && outputs.size() == count + 1;
    check(count > 0 && (outputs.size() == count || split), CHANGES_MORE_THAN_FLAG);
    long flipped = 0;
    for (int i = 0; i < count; i++) {
      AssetTokenState input = inputs.get(i);
      check(input.getRegistrar().equals(initiator), INITIATOR_NOT_REGISTRAR);
      check(
          input.getInstrumentId().equals(terms.getInstrumentId())
              && input.getIssuer().equals(terms.getIssuer())
              && input.getHolder().equals(terms.getHolder()),
          NOT_THE_HOLDERS_TOKENS);
      AssetTokenState output = outputs.get(i);
      if (split && i == count - 1) {
        long part = output.getQuantity();
        check(
            part > 0
                && part < input.getQuantity()
                && output.equals(input.withQuantity(part).withFrozen(terms.isFrozen()))
                && outputs.get(i + 1).equals(input.withQuantity(input.getQuantity() - part)),
            CHANGES_MORE_THAN_FLAG);
      } else {
        check(output.equals(input.withFrozen(terms.isFrozen())), CHANGES_MORE_THAN_FLAG);
      }
      flipped = Math.addExact(flipped, output.getQuantity());
    }
    if (terms.getQuantity() != null) {
      check(flipped == terms.getQuantity(), QUANTITY_DIFFERS);
    }
  }
}
