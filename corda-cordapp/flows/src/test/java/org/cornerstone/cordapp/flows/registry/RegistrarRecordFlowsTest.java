package org.cornerstone.cordapp.flows.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.testing.Fixtures;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.rules.InstrumentPauseState;
import org.cornerstone.cordapp.rules.InvestorEligibilityState;
import org.cornerstone.cordapp.rules.RegistrarRecordContract;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The registrar records investors' eligibility and instruments' pauses on its own node. */
class RegistrarRecordFlowsTest {

  private final FlowTestSupport registrar = Fixtures.node(REGISTRAR);

  @SuppressWarnings({"unchecked", "rawtypes"})
  private StateRef inVault(Class<? extends ContractState> type, ContractState state) {
    StateRef ref = registrar.stored(state);
    StateAndRef stored = registrar.vault.get(ref);
    PagedQuery.ResultSet page = mock(PagedQuery.ResultSet.class);
    when(page.getResults()).thenReturn(List.of(stored));
    when(page.hasNext()).thenReturn(false);
    when(registrar.ledger.findUnconsumedStatesByExactType(eq(type), anyInt(), any()))
        .thenReturn(page);
    return ref;
  }

  private <T extends ContractState> T output(Class<T> type) {
    ArgumentCaptor<T> output = ArgumentCaptor.forClass(type);
    verify(registrar.builder).addOutputState(output.capture());
    return output.getValue();
  }

  private String record(RecordEligibilityRequest request) {
    return registrar.inject(new RecordEligibilityFlow()).call(registrar.body(request));
  }

  private String pause(SetInstrumentPauseRequest request) {
    return registrar.inject(new SetInstrumentPauseFlow()).call(registrar.body(request));
  }

  @Test
  void theRegistrarRecordsAnInvestorsEligibilityAlone() {
    RecordEligibilityRequest request =
        new RecordEligibilityRequest(BOB.toString(), true, "QUALIFIED", "CN", "2027-06-30");
    request.setRequestId("investor-9.eligibility-1");

    String reply = record(request);

    InvestorEligibilityState state = output(InvestorEligibilityState.class);
    assertThat(state.getInvestor()).isEqualTo(BOB);
    assertThat(state.getCategory()).isEqualTo("QUALIFIED");
    assertThat(state.getKycExpiresOn()).isEqualTo(LocalDate.parse("2027-06-30"));
    assertThat(state.getParticipants()).containsExactly(registrar.key(REGISTRAR));
    verify(registrar.builder).addCommand(any(RegistrarRecordContract.Commands.Record.class));
    verify(registrar.builder).addSignatories(registrar.key(REGISTRAR));
    verify(registrar.ledger).finalize(registrar.signed, List.of());
    assertThat(reply).contains("\"recorded\":true");
  }

  @Test
  void aChangeReplacesTheRecordAndARepeatRecordsNothing() {
    InvestorEligibilityState current =
        new InvestorEligibilityState(
            BOB,
            "QUALIFIED",
            "CN",
            LocalDate.parse("2027-06-30"),
            REGISTRAR,
            registrar.key(REGISTRAR));
    StateRef ref = inVault(InvestorEligibilityState.class, current);

    String repeat =
        record(new RecordEligibilityRequest(BOB.toString(), true, "QUALIFIED", "CN", "2027-06-30"));
    verify(registrar.ledger, never()).finalize(any(), any());
    assertThat(repeat).contains("\"recorded\":false").contains(ref.getTransactionId().toString());

    record(new RecordEligibilityRequest(BOB.toString(), true, "QUALIFIED", "CN", "2028-06-30"));
    verify(registrar.builder).addInputStates(List.of(ref));
    assertThat(output(InvestorEligibilityState.class).getKycExpiresOn())
        .isEqualTo(LocalDate.parse("2028-06-30"));
  }

  @Test
  void aWithdrawnInvestorsRecordIsRevoked() {
    StateRef ref =
        inVault(
            InvestorEligibilityState.class,
            new InvestorEligibilityState(
                BOB,
                "RETAIL",
                "CN",
                LocalDate.parse("2027-06-30"),
                REGISTRAR,
                registrar.key(REGISTRAR)));

    record(new RecordEligibilityRequest(BOB.toString(), false, null, null, null));

    verify(registrar.builder).addInputStates(List.of(ref));
    verify(registrar.builder).addCommand(any(RegistrarRecordContract.Commands.Revoke.class));
    verify(registrar.builder, never()).addOutputState(any());
  }

  @Test
  void badInputIsRefusedWithAClearMessage() {
    assertThatThrownBy(
            () ->
                record(
                    new RecordEligibilityRequest(
                        BOB.toString(), true, "QUALIFIED", "CN", "30/06/2027")))
        .hasMessage(RecordEligibilityFlow.BAD_KYC_DATE + "30/06/2027");
    assertThatThrownBy(
            () ->
                record(
                    new RecordEligibilityRequest(BOB.toString(), true, null, "CN", "2027-06-30")))
        .hasMessage(Requests.FIELD_REQUIRED + "category");
    assertThatThrownBy(() -> pause(new SetInstrumentPauseRequest(Fixtures.INSTRUMENT_ID, true, "")))
        .hasMessage(Requests.FIELD_REQUIRED + "reason");
  }

  @Test
  void theRegistrarPausesAndResumesAnInstrument() {
    String paused = pause(new SetInstrumentPauseRequest(Fixtures.INSTRUMENT_ID, true, "court"));
    InstrumentPauseState state = output(InstrumentPauseState.class);
    assertThat(state.isPaused()).isTrue();
    assertThat(state.getReason()).isEqualTo("court");
    assertThat(paused).contains("\"recorded\":true");

    RegistrarRecordFlowsTest other = new RegistrarRecordFlowsTest();
    StateRef ref = other.inVault(InstrumentPauseState.class, state);
    String repeat =
        other.pause(new SetInstrumentPauseRequest(Fixtures.INSTRUMENT_ID, true, "court again"));
    assertThat(repeat).contains("\"recorded\":false");
    other.pause(new SetInstrumentPauseRequest(Fixtures.INSTRUMENT_ID, false, "order lifted"));
    verify(other.registrar.builder).addInputStates(List.of(ref));
    assertThat(other.output(InstrumentPauseState.class).isPaused()).isFalse();
  }
}
