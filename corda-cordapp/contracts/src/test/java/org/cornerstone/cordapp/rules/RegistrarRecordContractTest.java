package org.cornerstone.cordapp.rules;

import java.security.PublicKey;
import java.time.LocalDate;
import java.util.List;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import org.cornerstone.cordapp.testing.CornerstoneContractTest;
import org.junit.jupiter.api.Test;

/**
 * The registrar records an investor's eligibility and an instrument's pause, replaces them, and
 * revokes eligibility; it alone signs and never changes.
 */
class RegistrarRecordContractTest extends CornerstoneContractTest {

  private InvestorEligibilityState eligible(String category, String country) {
    return new InvestorEligibilityState(
        buyer, category, country, LocalDate.parse("2027-06-30"), registrar, registrarKey);
  }

  private InstrumentPauseState pause(boolean paused, String reason) {
    return new InstrumentPauseState(INSTRUMENT_ID, paused, reason, registrar, registrarKey);
  }

  private UtxoSignedTransaction tx(
      List<? extends ContractState> inputs,
      List<? extends ContractState> outputs,
      Command command,
      PublicKey signer) {
    var builder = transaction();
    if (!inputs.isEmpty()) {
      builder = builder.addInputStates(recorded(inputs.toArray(new ContractState[0])));
    }
    if (!outputs.isEmpty()) {
      builder = builder.addOutputStates(List.copyOf(outputs));
    }
    return builder.addCommand(command).addSignatories(signer).toSignedTransaction();
  }

  private static Command record() {
    return new RegistrarRecordContract.Commands.Record();
  }

  private static Command revoke() {
    return new RegistrarRecordContract.Commands.Revoke();
  }

  @Test
  void theRegistrarRecordsAndReplacesAnInvestorsEligibility() {
    assertVerifies(tx(List.of(), List.of(eligible("QUALIFIED", "CN")), record(), registrarKey));
    assertVerifies(
        tx(
            List.of(eligible("QUALIFIED", "CN")),
            List.of(eligible("INSTITUTIONAL", "HK")),
            record(),
            registrarKey));
  }

  @Test
  void onlyTheRegistrarSigns() {
    assertFailsWith(
        tx(List.of(), List.of(eligible("QUALIFIED", "CN")), record(), buyerKey),
        RegistrarRecordContract.REGISTRAR_MUST_SIGN);
    assertFailsWith(
        tx(
            List.of(pause(false, "resumed")),
            List.of(pause(true, "court order")),
            record(),
            issuerKey),
        RegistrarRecordContract.REGISTRAR_MUST_SIGN);
  }

  @Test
  void aCategoryAndACountryAreChecked() {
    assertFailsWith(
        tx(List.of(), List.of(eligible("VIP", "CN")), record(), registrarKey),
        RegistrarRecordContract.BAD_CATEGORY);
    assertFailsWith(
        tx(List.of(), List.of(eligible("RETAIL", "China")), record(), registrarKey),
        RegistrarRecordContract.BAD_COUNTRY);
  }

  @Test
  void aRecordReplacesOnlyTheSameInvestorsRecord() {
    InvestorEligibilityState other =
        new InvestorEligibilityState(
            seller, "RETAIL", "CN", LocalDate.parse("2027-06-30"), registrar, registrarKey);
    assertFailsWith(
        tx(List.of(other), List.of(eligible("QUALIFIED", "CN")), record(), registrarKey),
        RegistrarRecordContract.REPLACES_SAME_SUBJECT);
    assertFailsWith(
        tx(
            List.of(),
            List.of(eligible("QUALIFIED", "CN"), eligible("RETAIL", "CN")),
            record(),
            registrarKey),
        RegistrarRecordContract.ONE_PER_SUBJECT);
  }

  @Test
  void theRegistrarCannotChange() {
    InvestorEligibilityState byAnother =
        new InvestorEligibilityState(
            buyer, "QUALIFIED", "CN", LocalDate.parse("2027-06-30"), issuer, issuerKey);
    assertFailsWith(
        tx(List.of(eligible("QUALIFIED", "CN")), List.of(byAnother), record(), registrarKey),
        RegistrarRecordContract.REPLACES_SAME_SUBJECT);
  }

  @Test
  void revokingEndsEligibilityWithoutASuccessor() {
    assertVerifies(tx(List.of(eligible("QUALIFIED", "CN")), List.of(), revoke(), registrarKey));
    assertFailsWith(
        tx(
            List.of(eligible("QUALIFIED", "CN")),
            List.of(eligible("RETAIL", "CN")),
            revoke(),
            registrarKey),
        RegistrarRecordContract.REVOKE_NO_OUTPUT);
    assertFailsWith(
        tx(List.of(pause(true, "court order")), List.of(), revoke(), registrarKey),
        RegistrarRecordContract.REVOKE_ONLY_ELIGIBILITY);
  }

  @Test
  void aPauseAndAResumeNeedAReason() {
    assertVerifies(tx(List.of(), List.of(pause(true, "court order")), record(), registrarKey));
    assertVerifies(
        tx(
            List.of(pause(true, "court order")),
            List.of(pause(false, "order lifted")),
            record(),
            registrarKey));
    assertFailsWith(
        tx(List.of(), List.of(pause(true, " ")), record(), registrarKey),
        RegistrarRecordContract.REASON_REQUIRED);
  }

  @Test
  void recordingNeedsARecord() {
    assertFailsWith(
        tx(List.of(eligible("QUALIFIED", "CN")), List.of(), record(), registrarKey),
        RegistrarRecordContract.RECORD_NEEDS_OUTPUT);
  }
}
