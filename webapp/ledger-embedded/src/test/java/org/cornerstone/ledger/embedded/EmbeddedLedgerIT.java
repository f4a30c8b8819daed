package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedLedgerIT {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static LedgerFixture f;

  @BeforeAll
  static void ledger() {
    f = new LedgerFixture(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void anIssueIsCommittedWithItsIdHashedFromTheStoredContentAndValidSignatures() throws Exception {
    LedgerTransaction issued = f.issue("asset-1.issue", "asset-1", f.alice, 100);

    assertThat(LedgerHash.sha256(storedContent(issued.id()))).isEqualTo(issued.id());
    assertThat(issued.signatures())
        .extracting(TransactionSignature::by)
        .containsExactlyInAnyOrder(f.bank.publicKey(), f.ledger.notary().publicKey());
    assertThat(issued.signatures()).allMatch(s -> s.isValidFor(issued.id()));
    assertThat(issued.committedAt()).isEqualTo(NOW);
    assertThat(f.ledger.verifyStoredTransaction(issued.id()).valid()).isTrue();
  }

  @Test
  void aTransactionIsReadBackWithItsStatesCommandsAndSignatures() {
    LedgerTransaction issued = f.issue("asset-2.issue", "asset-2", f.alice, 40);

    LedgerTransaction read = f.ledger.transaction(issued.id()).orElseThrow();

    assertThat(read.requestKey()).isEqualTo("asset-2.issue");
    assertThat(read.outputs(TestTokenState.class))
        .extracting(s -> s.getState().getContractState())
        .containsExactly(
            new TestTokenState("asset-2", f.bank.publicKey(), f.alice.publicKey(), 40));
    assertThat(read.outputs().get(0).getRef()).isEqualTo(new StateRef(issued.id(), 0));
    assertThat(read.outputs().get(0).getContractType()).isEqualTo(TestTokenContract.class);
    assertThat(read.commands()).singleElement().isInstanceOf(TestTokenContract.Issue.class);
    assertThat(read.signatories()).containsExactly(f.bank.publicKey());
    assertThat(read.signatures()).hasSameSizeAs(issued.signatures());
    assertThat(f.ledger.transaction(LedgerHash.sha256(new byte[] {1}))).isEmpty();
  }

  @Test
  void aMoveConsumesItsInputAndASecondSpendIsRefused() {
    LedgerTransaction issued = f.issue("asset-3.issue", "asset-3", f.alice, 10);
    StateAndRef<TestTokenState> token = issued.outputs(TestTokenState.class).get(0);
    TestTokenState state = token.getState().getContractState();

    LedgerTransaction moved =
        f.ledger.submit("asset-3.move-1", f.moveAll(token.getRef(), state, f.alice, f.bob));

    assertThat(f.ledger.isUnconsumed(token.getRef())).isFalse();
    assertThat(f.ledger.isUnconsumed(new StateRef(moved.id(), 0))).isTrue();
    assertThatThrownBy(
            () ->
                f.ledger.submit(
                    "asset-3.move-2", f.moveAll(token.getRef(), state, f.alice, f.alice)))
        .isInstanceOf(StateAlreadyConsumedException.class)
        .hasMessageStartingWith(LedgerException.ALREADY_CONSUMED);
    assertThat(f.ledger.transactionByRequestKey("asset-3.move-2")).isEmpty();
  }

  @Test
  void aContractRejectionLeavesNothingPersisted() {
    long transactions = f.rows("ledger_transaction");
    long states = f.rows("state");
    long signatures = f.rows("transaction_signature");
    TransactionDraft negative =
        TransactionDraft.builder()
            .output(new TestTokenState("asset-4", f.bank.publicKey(), f.alice.publicKey(), -5))
            .command(new TestTokenContract.Issue())
            .signatory(f.bank.publicKey())
            .consent(Consent.Kind.INSTRUCTION, "test", f.bank.publicKey())
            .build();

    assertThatThrownBy(() -> f.ledger.submit("asset-4.issue", negative))
        .isInstanceOf(ContractRejectedException.class)
        .hasMessage(TestTokenContract.POSITIVE_QUANTITY)
        .extracting(e -> ((ContractRejectedException) e).getContractClassName())
        .isEqualTo(TestTokenContract.class.getName());
    assertThat(f.rows("ledger_transaction")).isEqualTo(transactions);
    assertThat(f.rows("state")).isEqualTo(states);
    assertThat(f.rows("transaction_signature")).isEqualTo(signatures);
  }

  @Test
  void theContractSeesSignatoriesAndRejectsAMissingIssuerSignature() {
    TransactionDraft unsigned =
        TransactionDraft.builder()
            .output(new TestTokenState("asset-5", f.bank.publicKey(), f.alice.publicKey(), 5))
            .command(new TestTokenContract.Issue())
            .signatory(f.alice.publicKey())
            .consent(Consent.Kind.INSTRUCTION, "test", f.alice.publicKey())
            .build();

    assertThatThrownBy(() -> f.ledger.submit("asset-5.issue", unsigned))
        .isInstanceOf(ContractRejectedException.class)
        .hasMessage(TestTokenContract.ISSUER_SIGNS);
  }

  @Test
  void aMoveThatCreatesTokensIsRejectedAndTheInputStaysUnconsumed() {
    LedgerTransaction issued = f.issue("asset-6.issue", "asset-6", f.alice, 10);
    StateAndRef<TestTokenState> token = issued.outputs(TestTokenState.class).get(0);
    TransactionDraft inflating =
        TransactionDraft.builder()
            .input(token.getRef())
            .output(token.getState().getContractState().withHolder(f.bob.publicKey(), 11))
            .command(new TestTokenContract.Move())
            .signatory(f.alice.publicKey())
            .consent(Consent.Kind.INSTRUCTION, "test", f.alice.publicKey())
            .build();

    assertThatThrownBy(() -> f.ledger.submit("asset-6.move", inflating))
        .isInstanceOf(ContractRejectedException.class)
        .hasMessage(TestTokenContract.MOVE_CONSERVES);
    assertThat(f.ledger.isUnconsumed(token.getRef())).isTrue();
  }

  @Test
  void submittingTheSameRequestKeyAgainReturnsTheFirstTransaction() {
    LedgerTransaction first = f.issue("asset-7.issue", "asset-7", f.alice, 70);
    long transactions = f.rows("ledger_transaction");

    LedgerTransaction replay = f.issue("asset-7.issue", "asset-7", f.alice, 70);
    LedgerTransaction differentDraft = f.issue("asset-7.issue", "asset-7", f.bob, 999);

    assertThat(replay.id()).isEqualTo(first.id());
    assertThat(differentDraft.id()).isEqualTo(first.id());
    assertThat(differentDraft.outputs()).isEqualTo(first.outputs());
    assertThat(f.rows("ledger_transaction")).isEqualTo(transactions);
  }

  @Test
  void equalDraftsUnderDifferentRequestKeysAreDifferentTransactions() {
    LedgerTransaction one = f.issue("asset-8.issue-a", "asset-8", f.alice, 1);
    LedgerTransaction two = f.issue("asset-8.issue-b", "asset-8", f.alice, 1);

    assertThat(one.id()).isNotEqualTo(two.id());
  }

  @Test
  void queriesFindUnconsumedStatesByTypeHolderAndInstrumentWithPaging() {
    f.issue("asset-9.issue-1", "asset-9", f.alice, 1);
    f.issue("asset-9.issue-2", "asset-9", f.alice, 2);
    f.issue("asset-9.issue-3", "asset-9", f.bob, 3);
    f.issue("asset-10.issue", "asset-10", f.bob, 4);

    List<LedgerStateAndRef<TestTokenState>> aliceInstrument9 =
        f.ledger.unconsumedStates(
            TestTokenState.class,
            StateQuery.ofInstrument("asset-9").andHeldBy(f.alice.publicKey()),
            Page.first(10));
    List<LedgerStateAndRef<?>> instrument9 =
        f.ledger.holdingsByInstrumentId("asset-9", Page.first(10));
    List<LedgerStateAndRef<?>> firstPage =
        f.ledger.holdingsByInstrumentId("asset-9", Page.first(2));
    List<LedgerStateAndRef<?>> secondPage =
        f.ledger.holdingsByInstrumentId("asset-9", Page.first(2).next());
    List<LedgerStateAndRef<?>> bobs = f.ledger.holdingsByHolder(f.bob.publicKey(), Page.first(50));
    List<LedgerStateAndRef<?>> alices =
        f.ledger.holdingsByHolder(f.alice.publicKey(), Page.first(50));
    List<LedgerStateAndRef<?>> both =
        f.ledger.holdingsByHolders(List.of(f.alice.publicKey(), f.bob.publicKey()), Page.first(50));
    List<LedgerStateAndRef<?>> bothFirstPage =
        f.ledger.holdingsByHolders(List.of(f.bob.publicKey(), f.alice.publicKey()), Page.first(1));

    assertThat(aliceInstrument9)
        .extracting(s -> s.getContractState().getQuantity())
        .containsExactly(1L, 2L);
    assertThat(instrument9).hasSize(3);
    assertThat(firstPage).hasSize(2);
    assertThat(secondPage).hasSize(1).doesNotContainAnyElementsOf(firstPage);
    assertThat(bobs)
        .extracting(s -> ((TestTokenState) s.getContractState()).getInstrumentId())
        .contains("asset-9", "asset-10")
        .doesNotContain("asset-1");
    // several holders in one query: exactly each holder's own states, in commit order
    assertThat(both)
        .extracting(LedgerStateAndRef::getRef)
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.Stream.concat(alices.stream(), bobs.stream())
                .map(LedgerStateAndRef::getRef)
                .toList());
    assertThat(both).extracting(LedgerStateAndRef::getRef).doesNotHaveDuplicates();
    assertThat(bothFirstPage)
        .extracting(LedgerStateAndRef::getRef)
        .containsExactly(both.get(0).getRef());
    assertThat(f.ledger.holdingsByHolders(List.of(), Page.first(10))).isEmpty();
  }

  @Test
  void anyAnnotatedStateIsRecordedAndRoundTrips() {
    TestNoteState note =
        new TestNoteState(
            "z",
            LedgerFixture.BANK,
            f.alice.publicKey(),
            new BigDecimal("12.30"),
            NOW,
            Map.of("b", "2", "a", "1"));
    LedgerTransaction recorded =
        f.ledger.submit(
            "note-1.record",
            TransactionDraft.builder()
                .output(note)
                .command(new TestNoteState.Record("audit"))
                .signatory(f.alice.publicKey())
                .consent(Consent.Kind.INSTRUCTION, "test", f.alice.publicKey())
                .build());

    assertThat(f.ledger.state(new StateRef(recorded.id(), 0)).orElseThrow().getContractState())
        .isEqualTo(note);
    assertThat(f.ledger.transaction(recorded.id()).orElseThrow().commands())
        .containsExactly(new TestNoteState.Record("audit"));
  }

  @Test
  void aTransactionOutsideItsTimeWindowIsRefused() {
    TransactionDraft late =
        TransactionDraft.builder()
            .output(new TestTokenState("asset-11", f.bank.publicKey(), f.alice.publicKey(), 1))
            .command(new TestTokenContract.Issue())
            .signatory(f.bank.publicKey())
            .consent(Consent.Kind.INSTRUCTION, "test", f.bank.publicKey())
            .timeWindow(LedgerTimeWindow.until(NOW))
            .build();
    TransactionDraft inTime =
        TransactionDraft.builder()
            .output(new TestTokenState("asset-11", f.bank.publicKey(), f.alice.publicKey(), 1))
            .command(new TestTokenContract.Issue())
            .signatory(f.bank.publicKey())
            .consent(Consent.Kind.INSTRUCTION, "test", f.bank.publicKey())
            .timeWindow(new LedgerTimeWindow(NOW.minusSeconds(1), NOW.plus(Duration.ofMinutes(1))))
            .build();

    assertThatThrownBy(() -> f.ledger.submit("asset-11.late", late))
        .hasMessageStartingWith(LedgerException.OUTSIDE_TIME_WINDOW);
    assertThat(f.ledger.submit("asset-11.in-time", inTime).timeWindow())
        .contains(new LedgerTimeWindow(NOW.minusSeconds(1), NOW.plus(Duration.ofMinutes(1))));
  }

  @Test
  void malformedSubmissionsAreRefusedWithClearMessages() {
    java.security.PublicKey stranger = LedgerJsonTest.newKey();
    TransactionDraft foreignSigner =
        TransactionDraft.builder()
            .output(new TestTokenState("asset-12", f.bank.publicKey(), f.alice.publicKey(), 1))
            .command(new TestTokenContract.Issue())
            .signatory(f.bank.publicKey(), stranger)
            .consent(Consent.Kind.INSTRUCTION, "test", f.bank.publicKey(), stranger)
            .build();
    StateRef unknown = new StateRef(LedgerHash.sha256(new byte[] {42}), 0);

    assertThatThrownBy(() -> f.ledger.submit("asset-12.issue", foreignSigner))
        .hasMessage(LedgerException.UNKNOWN_SIGNATORY);
    assertThatThrownBy(
            () ->
                f.ledger.submit(
                    "asset-12.move",
                    TransactionDraft.builder()
                        .input(unknown)
                        .command(new TestTokenContract.Move())
                        .signatory(f.alice.publicKey())
                        .consent(Consent.Kind.INSTRUCTION, "test", f.alice.publicKey())
                        .build()))
        .hasMessageStartingWith(LedgerException.UNKNOWN_STATE);
    assertThatThrownBy(
            () ->
                f.ledger.submit(
                    "asset-12.unannotated",
                    TransactionDraft.builder()
                        .output(new NotAContractState(f.alice.publicKey()))
                        .command(new TestTokenContract.Issue())
                        .signatory(f.alice.publicKey())
                        .consent(Consent.Kind.INSTRUCTION, "test", f.alice.publicKey())
                        .build()))
        .hasMessageStartingWith(LedgerException.NOT_A_CONTRACT_STATE);
    assertThatThrownBy(
            () ->
                f.ledger.submit(
                    "asset-12.empty",
                    TransactionDraft.builder()
                        .signatory(f.alice.publicKey())
                        .consent(Consent.Kind.INSTRUCTION, "test", f.alice.publicKey())
                        .build()))
        .hasMessage(LedgerException.NO_COMMANDS);
    assertThatThrownBy(() -> f.issue("bad key with spaces", "asset-12", f.alice, 1))
        .hasMessage(LedgerException.INVALID_REQUEST_KEY);
  }

  private static byte[] storedContent(LedgerHash id) throws Exception {
    try (Connection connection = f.dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select content from ledger.ledger_transaction where id = ?")) {
      select.setString(1, id.toString());
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getBytes(1);
      }
    }
  }
}
