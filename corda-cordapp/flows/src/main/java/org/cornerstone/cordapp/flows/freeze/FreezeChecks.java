package org.cornerstone.cordapp.flows.freeze;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import java.util.List;
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
  public static final String CHANGES_MORE_THAN_FLAG =
      "The transaction changes more than the frozen flag.";

  private FreezeChecks() {}

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
    check(!inputs.isEmpty() && inputs.size() == outputs.size(), CHANGES_MORE_THAN_FLAG);
    for (int i = 0; i < inputs.size(); i++) {
      AssetTokenState input = inputs.get(i);
      check(input.getRegistrar().equals(initiator), INITIATOR_NOT_REGISTRAR);
      check(
          input.getInstrumentId().equals(terms.getInstrumentId())
              && input.getIssuer().equals(terms.getIssuer())
              && input.getHolder().equals(terms.getHolder()),
          NOT_THE_HOLDERS_TOKENS);
      check(outputs.get(i).equals(input.withFrozen(terms.isFrozen())), CHANGES_MORE_THAN_FLAG);
    }
  }
}
