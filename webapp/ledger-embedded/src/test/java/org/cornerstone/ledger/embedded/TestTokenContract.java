package org.cornerstone.ledger.embedded;

import java.util.List;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.Contract;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;

/** A test-only token contract: Issue (no inputs, positive, issuer signs) and Move (conserves). */
public final class TestTokenContract implements Contract {

  public static final String ISSUE_NO_INPUTS = "An issue consumes no tokens";
  public static final String POSITIVE_QUANTITY = "Quantities must be positive";
  public static final String ISSUER_SIGNS = "The issuer must sign an issue";
  public static final String MOVE_CONSERVES = "A move keeps the total quantity";
  public static final String HOLDER_SIGNS = "Every input holder must sign a move";
  public static final String ONE_COMMAND = "Exactly one token command is required";

  /** The token commands. */
  public interface Commands extends Command {}

  /** Creates tokens. */
  public static final class Issue implements Commands {}

  /** Moves tokens between holders. */
  public static final class Move implements Commands {}

  @Override
  public void verify(UtxoLedgerTransaction transaction) {
    List<Commands> commands = transaction.getCommands(Commands.class);
    require(commands.size() == 1, ONE_COMMAND);
    List<TestTokenState> inputs = transaction.getInputStates(TestTokenState.class);
    List<TestTokenState> outputs = transaction.getOutputStates(TestTokenState.class);
    require(outputs.stream().allMatch(s -> s.getQuantity() > 0), POSITIVE_QUANTITY);
    if (commands.get(0) instanceof Issue) {
      require(inputs.isEmpty(), ISSUE_NO_INPUTS);
      require(
          outputs.stream().allMatch(s -> transaction.getSignatories().contains(s.getIssuer())),
          ISSUER_SIGNS);
    } else {
      long in = inputs.stream().mapToLong(TestTokenState::getQuantity).sum();
      long out = outputs.stream().mapToLong(TestTokenState::getQuantity).sum();
      require(in == out, MOVE_CONSERVES);
      require(
          inputs.stream().allMatch(s -> transaction.getSignatories().contains(s.getHolder())),
          HOLDER_SIGNS);
    }
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }
}
