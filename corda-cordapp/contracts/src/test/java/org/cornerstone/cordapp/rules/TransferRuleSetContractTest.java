package org.cornerstone.cordapp.rules;

import java.time.Instant;
import java.util.List;
import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import org.cornerstone.cordapp.testing.CornerstoneContractTest;
import org.junit.jupiter.api.Test;

/** The registrar publishes version 1, then n + 1 of the same instrument's rules; it alone signs. */
class TransferRuleSetContractTest extends CornerstoneContractTest {

  private TransferRuleSetState rules(String instrumentId, int version, int maxHolders) {
    return new TransferRuleSetState(
        instrumentId,
        version,
        registrar,
        registrarKey,
        false,
        Instant.parse("2027-01-01T00:00:00Z"),
        List.of("CN"),
        List.of(),
        maxHolders,
        0,
        0,
        0,
        List.of());
  }

  private UtxoSignedTransaction publish(
      List<TransferRuleSetState> inputs,
      TransferRuleSetState output,
      java.security.PublicKey signer) {
    var builder = transaction();
    if (!inputs.isEmpty()) {
      builder = builder.addInputStates(recorded(inputs.toArray(new TransferRuleSetState[0])));
    }
    return builder
        .addOutputState(output)
        .addCommand(new TransferRuleSetContract.Commands.Publish())
        .addSignatories(signer)
        .toSignedTransaction();
  }

  @Test
  void theRegistrarPublishesVersionOne() {
    assertVerifies(publish(List.of(), rules(INSTRUMENT_ID, 1, 200), registrarKey));
  }

  @Test
  void aFirstRuleSetIsVersionOne() {
    assertFailsWith(
        publish(List.of(), rules(INSTRUMENT_ID, 2, 200), registrarKey),
        TransferRuleSetContract.FIRST_VERSION);
  }

  @Test
  void aChangeIsTheNextVersionOfTheSameInstrument() {
    assertVerifies(
        publish(List.of(rules(INSTRUMENT_ID, 1, 200)), rules(INSTRUMENT_ID, 2, 150), registrarKey));
    assertFailsWith(
        publish(List.of(rules(INSTRUMENT_ID, 1, 200)), rules(INSTRUMENT_ID, 3, 150), registrarKey),
        TransferRuleSetContract.NEXT_VERSION);
    assertFailsWith(
        publish(List.of(rules(INSTRUMENT_ID, 1, 200)), rules("other", 2, 150), registrarKey),
        TransferRuleSetContract.NEXT_VERSION);
  }

  @Test
  void onlyTheRegistrarPublishes() {
    assertFailsWith(
        publish(List.of(), rules(INSTRUMENT_ID, 1, 200), issuerKey),
        TransferRuleSetContract.REGISTRAR_MUST_SIGN);
  }

  @Test
  void limitsCannotBeNegative() {
    assertFailsWith(
        publish(List.of(), rules(INSTRUMENT_ID, 1, -1), registrarKey),
        TransferRuleSetContract.NEGATIVE_LIMIT);
  }
}
