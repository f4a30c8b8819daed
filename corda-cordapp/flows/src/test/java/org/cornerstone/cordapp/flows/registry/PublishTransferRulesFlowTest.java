package org.cornerstone.cordapp.flows.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.flows.testing.Fixtures;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.rules.TransferRuleSetContract;
import org.cornerstone.cordapp.rules.TransferRuleSetState;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The registrar publishes asset-42's rules as the next version of its rule-set state. */
class PublishTransferRulesFlowTest {

  private final FlowTestSupport registrar = Fixtures.node(REGISTRAR);

  private static PublishTransferRulesRequest request(int maxHolders) {
    return new PublishTransferRulesRequest(
        Fixtures.INSTRUMENT_ID,
        false,
        "2027-01-01T00:00:00Z",
        List.of("CN", "HK"),
        List.of(),
        maxHolders,
        0,
        0,
        0,
        null);
  }

  private String publish(PublishTransferRulesRequest request) {
    return registrar.inject(new PublishTransferRulesFlow()).call(registrar.body(request));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private StateRef inVault(TransferRuleSetState state) {
    StateRef ref = registrar.stored(state);
    StateAndRef stored = registrar.vault.get(ref);
    PagedQuery.ResultSet page = mock(PagedQuery.ResultSet.class);
    when(page.getResults()).thenReturn(List.of(stored));
    when(page.hasNext()).thenReturn(false);
    when(registrar.ledger.findUnconsumedStatesByExactType(
            eq(TransferRuleSetState.class), anyInt(), any()))
        .thenReturn(page);
    return ref;
  }

  private TransferRuleSetState published() {
    ArgumentCaptor<TransferRuleSetState> output =
        ArgumentCaptor.forClass(TransferRuleSetState.class);
    verify(registrar.builder).addOutputState(output.capture());
    return output.getValue();
  }

  @Test
  void theFirstPublicationIsVersionOneSignedByTheRegistrarAlone() {
    String reply = publish(request(200));

    TransferRuleSetState state = published();
    assertThat(state.getVersion()).isEqualTo(1);
    assertThat(state.getMaxHolders()).isEqualTo(200);
    assertThat(state.getAllowedCountries()).containsExactly("CN", "HK");
    assertThat(state.getRegistrarKey()).isEqualTo(registrar.key(REGISTRAR));
    verify(registrar.builder).addCommand(any(TransferRuleSetContract.Commands.Publish.class));
    verify(registrar.builder).addSignatories(registrar.key(REGISTRAR));
    verify(registrar.builder, never())
        .addInputStates(org.mockito.ArgumentMatchers.<Iterable<StateRef>>any());
    verify(registrar.ledger).finalize(registrar.signed, List.of());
    assertThat(reply).contains("\"version\":1");
  }

  @Test
  void aChangeReplacesTheCurrentVersionAndARepeatRecordsNothing() {
    TransferRuleSetState v3 =
        new TransferRuleSetState(
            Fixtures.INSTRUMENT_ID,
            3,
            REGISTRAR,
            registrar.key(REGISTRAR),
            false,
            java.time.Instant.parse("2027-01-01T00:00:00Z"),
            List.of("CN", "HK"),
            List.of(),
            100,
            0,
            0,
            0,
            List.of());
    StateRef current = inVault(v3);

    publish(request(200));
    assertThat(published().getVersion()).isEqualTo(4);
    verify(registrar.builder).addInputStates(List.of(current));
  }

  @Test
  void theRequestKeyIsRecordedWithTheRuleSet() {
    PublishTransferRulesRequest request = request(200);
    request.setRequestId("rules-change-7.publish");

    publish(request);

    verify(registrar.builder)
        .addOutputState(
            new org.cornerstone.cordapp.request.RequestKeyState(
                "rules-change-7.publish", REGISTRAR, registrar.key(REGISTRAR)));
    verify(registrar.ledger).finalize(registrar.signed, List.of());
  }

  @Test
  void theRulesAlreadyInForceAreNotPublishedTwice() {
    StateRef inForce =
        inVault(
            new TransferRuleSetState(
                Fixtures.INSTRUMENT_ID,
                2,
                REGISTRAR,
                registrar.key(REGISTRAR),
                false,
                java.time.Instant.parse("2027-01-01T00:00:00Z"),
                List.of("CN", "HK"),
                List.of(),
                200,
                0,
                0,
                0,
                List.of()));

    String reply = publish(request(200));

    verify(registrar.ledger, never()).finalize(any(), any());
    assertThat(reply)
        .contains("\"version\":2")
        .contains("\"transactionId\":\"" + inForce.getTransactionId() + "\"")
        .contains("\"published\":false");
  }

  @Test
  void aMalformedLockUpIsRefused() {
    PublishTransferRulesRequest bad =
        new PublishTransferRulesRequest(
            Fixtures.INSTRUMENT_ID, false, "next year", List.of(), List.of(), 0, 0, 0, 0, null);
    assertThatThrownBy(() -> publish(bad))
        .hasMessage(PublishTransferRulesFlow.BAD_LOCKED_UNTIL + "next year");
  }
}
