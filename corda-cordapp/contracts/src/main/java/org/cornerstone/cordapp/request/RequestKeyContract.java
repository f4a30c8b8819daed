package org.cornerstone.cordapp.request;

import static org.cornerstone.cordapp.common.Rules.isBlank;
import static org.cornerstone.cordapp.common.Rules.require;
import static org.cornerstone.cordapp.common.Rules.requireSigned;

import java.util.List;
import net.corda.v5.ledger.utxo.Contract;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;

/**
 * Rules for {@link RequestKeyState}, the request key a transaction records. It needs no command of
 * its own (Corda 5.2 runs the contract of every input and output state and asks only for at least
 * one command per transaction), so it rides along any token transaction without changing the
 * commands the token contracts check.
 *
 * <ul>
 *   <li>a request key is recorded, never consumed: no {@link RequestKeyState} input;
 *   <li>at most one request key per transaction;
 *   <li>the request id is non-blank and at most {@link #MAX_REQUEST_ID_LENGTH} characters;
 *   <li>the party that asked for the command signs the transaction.
 * </ul>
 */
public final class RequestKeyContract implements Contract {

  /** Longer than any request key the web app makes (Corda's client request ids stop at 242). */
  public static final int MAX_REQUEST_ID_LENGTH = 255;

  public static final String NOT_CONSUMED = "A recorded request key is never consumed.";
  public static final String ONE_REQUEST_KEY = "A transaction records at most one request key.";
  public static final String REQUEST_ID_REQUIRED =
      "A request key needs a non-blank request id of at most 255 characters.";
  public static final String PARTY_MUST_SIGN =
      "The party that asked for the command must sign the transaction that records its request key.";

  @Override
  public void verify(UtxoLedgerTransaction transaction) {
    require(transaction.getInputStates(RequestKeyState.class).isEmpty(), NOT_CONSUMED);
    List<RequestKeyState> outputs = transaction.getOutputStates(RequestKeyState.class);
    require(outputs.size() <= 1, ONE_REQUEST_KEY);
    for (RequestKeyState key : outputs) {
      require(
          !isBlank(key.getRequestId()) && key.getRequestId().length() <= MAX_REQUEST_ID_LENGTH,
          REQUEST_ID_REQUIRED);
      requireSigned(transaction, List.of(key.getPartyKey()), PARTY_MUST_SIGN);
    }
  }
}
