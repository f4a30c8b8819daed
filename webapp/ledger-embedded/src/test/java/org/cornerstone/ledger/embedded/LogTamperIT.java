package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.HexFormat;
import java.util.List;
import net.corda.v5.ledger.utxo.StateAndRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tampering the transaction log (ADR 0018) cannot hide: one test per kind, each on a fresh ledger,
 * each checking that {@code verifyLedger()} names what was tampered with.
 */
class LogTamperIT {

  private LedgerFixture f;

  @BeforeEach
  void ledger() {
    f = new LedgerFixture();
  }

  @Test
  void anIntactLedgerHasALeafPerTransactionAndASignedHeadPerMergeAndVerifiesClean() {
    issueAndMove("asset-700");
    f.issue("asset-701.issue", "asset-701", f.bob, 3);
    assertThat(f.rows("log_pending")).isEqualTo(1);
    assertThat(f.rows("log_leaf")).isEqualTo(2);

    assertThat(f.ledger.verifyLedger()).isEmpty();
    assertThat(f.rows("log_pending")).isZero();
    assertThat(f.rows("log_leaf")).isEqualTo(3);
    assertThat(f.rows("tree_head")).isEqualTo(3);
    TreeHead head = f.ledger.latestTreeHead().orElseThrow();
    assertThat(head.size()).isEqualTo(3);
    assertThat(head.isSignedBy(f.ledger.notary().publicKey())).isTrue();

    // two commits, one merge: one head over both
    f.issue("asset-702.issue", "asset-702", f.bob, 4);
    f.issue("asset-703.issue", "asset-703", f.bob, 5);
    assertThat(f.ledger.mergeLog().orElseThrow().size()).isEqualTo(5);
    assertThat(f.ledger.mergeLog()).isEmpty();
    assertThat(f.rows("tree_head")).isEqualTo(4);
    assertThat(f.ledger.verifyLedger()).isEmpty();
  }

  @Test
  void deletingTheLatestTransferIsDetectedAndTheLogStopsMerging() {
    StateAndRef<TestTokenState> token = issue("asset-710", 10);
    LedgerTransaction move = move(token, f.alice, f.bob, "asset-710.move");
    deleteTransaction(move);

    assertThat(f.ledger.verifyLedger())
        .anySatisfy(
            r -> {
              assertThat(r.transactionId()).isEqualTo(move.id().toString());
              assertThat(r.problems()).anyMatch(p -> p.startsWith(AuditReport.DELETED_TRANSACTION));
            });
    // the tables now say the token is unconsumed: a second spend commits (ADR 0030: the tail is
    // checked at the merge, no longer at every commit), but the log merges nothing more, and the
    // audit keeps naming the deleted transfer
    assertThat(f.ledger.isUnconsumed(token.getRef())).isTrue();
    assertThatThrownBy(() -> move(token, f.alice, f.bank, "asset-710.again"))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith(LedgerException.LOG_TAIL_MISSING)
        .hasMessageContaining(move.id().toString());
    LedgerTransaction again = f.ledger.transactionByRequestKey("asset-710.again").orElseThrow();
    assertThat(f.rows("log_pending")).isEqualTo(1);
    assertThat(f.ledger.latestTreeHead().orElseThrow().size()).isEqualTo(2);
    assertThat(f.ledger.verifyLedger())
        .anySatisfy(
            r -> {
              assertThat(r.transactionId()).isEqualTo(move.id().toString());
              assertThat(r.problems()).anyMatch(p -> p.startsWith(AuditReport.DELETED_TRANSACTION));
            })
        .noneSatisfy(r -> assertThat(r.transactionId()).isEqualTo(again.id().toString()));
  }

  @Test
  void deletingATransactionThatWaitsForTheLogIsDetectedAndTheLogStopsMerging() {
    issued("asset-715.issue", "asset-715", f.alice, 1);
    LedgerTransaction waiting = f.issue("asset-716.issue", "asset-716", f.alice, 2);
    deleteTransaction(waiting);

    assertThatThrownBy(() -> f.ledger.mergeLog())
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith(LedgerException.LOG_PENDING_MISSING)
        .hasMessageContaining(waiting.id().toString());
    f.issue("asset-717.issue", "asset-717", f.alice, 3);
    assertThatThrownBy(() -> f.ledger.mergeLog())
        .hasMessageStartingWith(LedgerException.LOG_PENDING_MISSING);
    assertThat(f.ledger.latestTreeHead().orElseThrow().size()).isEqualTo(1);
    assertThat(f.ledger.verifyLedger())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.transactionId()).isEqualTo(waiting.id().toString());
              assertThat(r.problems())
                  .containsExactly(AuditReport.DELETED_TRANSACTION + " (waiting for the log)");
            });
  }

  @Test
  void deletingATransactionInTheMiddleIsDetectedByName() {
    issued("asset-720.issue", "asset-720", f.alice, 1);
    LedgerTransaction middle = issued("asset-721.issue", "asset-721", f.alice, 2);
    issued("asset-722.issue", "asset-722", f.alice, 3);
    deleteTransaction(middle);

    assertThat(f.ledger.verifyLedger())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.transactionId()).isEqualTo(middle.id().toString());
              assertThat(r.problems())
                  .containsExactly(AuditReport.DELETED_TRANSACTION + " (leaf 1)");
            });
  }

  @Test
  void anInsertedTransactionIsNotInTheLog() {
    LedgerTransaction original = issued("asset-730.issue", "asset-730", f.alice, 5);
    String content =
        "convert_to(replace(convert_from(content, 'UTF8'), 'asset-730.issue', 'forged'), 'UTF8')";
    sql(
        "insert into ledger.ledger_transaction (id, request_key, content, committed_at)"
            + " select 'SHA-256:' || upper(encode(sha256("
            + content
            + "), 'hex')), 'forged', "
            + content
            + ", now() from ledger.ledger_transaction where id = '"
            + original.id()
            + "'");

    assertThat(f.ledger.verifyLedger())
        .anySatisfy(
            r -> {
              assertThat(r.transactionId()).isNotEqualTo(original.id().toString());
              assertThat(r.problems()).contains(AuditReport.NOT_IN_LOG);
            });
  }

  @Test
  void reorderingTheLogBreaksTheOrderAndTheSignedRoots() {
    LedgerTransaction first = issued("asset-740.issue", "asset-740", f.alice, 1);
    LedgerTransaction second = issued("asset-741.issue", "asset-741", f.alice, 2);
    issued("asset-742.issue", "asset-742", f.alice, 3);
    sql("update ledger.log_leaf set leaf_index = -1 where leaf_index = 0");
    sql("update ledger.log_leaf set leaf_index = 0 where leaf_index = 1");
    sql("update ledger.log_leaf set leaf_index = 1 where leaf_index = -1");

    List<AuditReport> reports = f.ledger.verifyLedger();
    assertThat(reports)
        .anySatisfy(
            r -> {
              assertThat(r.transactionId()).isEqualTo("tree head 2");
              assertThat(r.problems()).containsExactly(AuditReport.BAD_HEAD_ROOT);
            });
    assertThat(first.id()).isNotEqualTo(second.id());
  }

  @Test
  void aStrayConsumptionRowIsReportedOnTheFrozenState() {
    StateAndRef<TestTokenState> spent = issue("asset-750", 4);
    StateAndRef<TestTokenState> frozen = issue("asset-751", 6);
    LedgerTransaction move = move(spent, f.alice, f.bob, "asset-750.move");
    sql(
        "insert into ledger.consumption (transaction_id, output_index, consumed_by) values ('"
            + frozen.getRef().getTransactionId()
            + "', 0, '"
            + move.id()
            + "')");

    assertThat(f.ledger.isUnconsumed(frozen.getRef())).isFalse();
    assertThat(f.ledger.verifyLedger())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.transactionId()).isEqualTo("state " + frozen.getRef());
              assertThat(r.problems())
                  .containsExactly(AuditReport.STRAY_CONSUMPTION + " (" + move.id() + ")");
            });
  }

  @Test
  void aConsumptionPointingAtTheWrongTransactionOrMissingIsReported() {
    StateAndRef<TestTokenState> token = issue("asset-760", 4);
    LedgerTransaction move = move(token, f.alice, f.bob, "asset-760.move");
    LedgerTransaction other = issued("asset-761.issue", "asset-761", f.alice, 1);
    sql(
        "update ledger.consumption set consumed_by = '"
            + other.id()
            + "' where transaction_id = '"
            + token.getRef().getTransactionId()
            + "'");

    List<AuditReport> reports = f.ledger.verifyLedger();
    assertThat(reports)
        .anySatisfy(
            r -> {
              assertThat(r.transactionId()).isEqualTo("state " + token.getRef());
              assertThat(r.problems())
                  .singleElement()
                  .asString()
                  .startsWith(AuditReport.CONSUMPTION_ELSEWHERE);
            });
    assertThat(reports)
        .anySatisfy(
            r -> {
              assertThat(r.transactionId()).isEqualTo(move.id().toString());
              assertThat(r.problems())
                  .containsExactly(AuditReport.INPUT_NOT_CONSUMED + ": " + token.getRef());
            });

    sql("delete from ledger.consumption where consumed_by = '" + other.id() + "'");
    assertThat(f.ledger.verifyLedger())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.problems())
                    .containsExactly(AuditReport.INPUT_NOT_CONSUMED + ": " + token.getRef()));
  }

  @Test
  void aSignatureByAKeyTheNotaryDidNotPinIsReported() throws Exception {
    LedgerTransaction tx = issued("asset-770.issue", "asset-770", f.alice, 1);
    KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(stranger.getPrivate());
    signer.update(LedgerHash.of(tx.id()).getBytes());
    sql(
        "insert into ledger.transaction_signature (transaction_id, signer_key, signature)"
            + " values ('"
            + tx.id()
            + "', decode('"
            + HexFormat.of().formatHex(stranger.getPublic().getEncoded())
            + "', 'hex'), decode('"
            + HexFormat.of().formatHex(signer.sign())
            + "', 'hex'))");

    // The stranger's signature is also one without a recorded consent (ADR 0019).
    assertThat(f.ledger.verifyLedger())
        .allSatisfy(r -> assertThat(r.transactionId()).isEqualTo(tx.id().toString()))
        .flatExtracting(AuditReport::problems)
        .containsExactly(
            AuditReport.UNPINNED_SIGNER + ": " + LedgerJson.encodeKey(stranger.getPublic()),
            AuditReport.SIGNATURE_WITHOUT_CONSENT
                + ": "
                + LedgerJson.encodeKey(stranger.getPublic()));
  }

  @Test
  void aPartyKeyReplacedInTheDirectoryDiffersFromItsPin() throws Exception {
    issued("asset-780.issue", "asset-780", f.alice, 1); // the bank signs: pinned
    KeyPair replacement = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    sql(
        "update ledger.party set public_key = decode('"
            + HexFormat.of().formatHex(replacement.getPublic().getEncoded())
            + "', 'hex') where name = '"
            + LedgerFixture.BANK
            + "'");

    assertThat(f.ledger.verifyLedger())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.transactionId()).isEqualTo("party " + LedgerFixture.BANK);
              assertThat(r.problems()).containsExactly(AuditReport.PIN_MISMATCH);
            });
  }

  @Test
  void aHeadWithAnotherRootOrABrokenSignatureIsReported() {
    issued("asset-790.issue", "asset-790", f.alice, 1);
    issued("asset-791.issue", "asset-791", f.alice, 2);
    issued("asset-792.issue", "asset-792", f.alice, 3);
    sql("update ledger.tree_head set root_hash = sha256('forged'::bytea) where tree_size = 2");
    sql(
        "update ledger.tree_head set signature = set_byte(signature, 0,"
            + " (get_byte(signature, 0) + 1) % 256) where tree_size = 3");

    List<AuditReport> reports = f.ledger.verifyLedger();
    assertThat(reports)
        .extracting(AuditReport::transactionId)
        .containsExactlyInAnyOrder("tree head 2", "tree head 3");
    assertThat(reports)
        .filteredOn(r -> r.transactionId().equals("tree head 2"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.problems())
                    .containsExactlyInAnyOrder(
                        AuditReport.BAD_HEAD_SIGNATURE, AuditReport.BAD_HEAD_ROOT));
    assertThat(reports)
        .filteredOn(r -> r.transactionId().equals("tree head 3"))
        .singleElement()
        .satisfies(r -> assertThat(r.problems()).containsExactly(AuditReport.BAD_HEAD_SIGNATURE));
  }

  @Test
  void deletingTheLatestLeafAndHeadToo() {
    issued("asset-795.issue", "asset-795", f.alice, 1);
    LedgerTransaction latest = issued("asset-796.issue", "asset-796", f.alice, 2);
    sql("delete from ledger.log_leaf where transaction_id = '" + latest.id() + "'");
    sql("delete from ledger.tree_head where tree_size = 2");

    assertThat(f.ledger.verifyLedger())
        .anySatisfy(
            r -> {
              assertThat(r.transactionId()).isEqualTo(latest.id().toString());
              assertThat(r.problems()).containsExactly(AuditReport.NOT_IN_LOG);
            })
        .anySatisfy(r -> assertThat(r.transactionId()).isEqualTo("log"));
  }

  /** Issues and merges the log at once: one signed head per transaction, as before ADR 0030. */
  private LedgerTransaction issued(
      String requestKey, String instrument, Party holder, long quantity) {
    LedgerTransaction tx = f.issue(requestKey, instrument, holder, quantity);
    f.ledger.mergeLog();
    return tx;
  }

  private StateAndRef<TestTokenState> issue(String instrument, long quantity) {
    return issued(instrument + ".issue", instrument, f.alice, quantity)
        .outputs(TestTokenState.class)
        .get(0);
  }

  private LedgerTransaction move(
      StateAndRef<TestTokenState> token, Party from, Party to, String requestKey) {
    LedgerTransaction tx =
        f.ledger.submit(
            requestKey, f.moveAll(token.getRef(), token.getState().getContractState(), from, to));
    f.ledger.mergeLog();
    return tx;
  }

  private void issueAndMove(String instrument) {
    move(issue(instrument, 10), f.alice, f.bob, instrument + ".move");
  }

  private void deleteTransaction(LedgerTransaction tx) {
    String id = "'" + tx.id() + "'";
    sql("delete from ledger.consumption where consumed_by = " + id);
    sql("delete from ledger.transaction_signature where transaction_id = " + id);
    sql("delete from ledger.transaction_consent where transaction_id = " + id);
    sql("delete from ledger.state where transaction_id = " + id);
    sql("delete from ledger.ledger_transaction where id = " + id);
  }

  private void sql(String statement) {
    TestDatabase.execute(f.dataSource, statement);
  }
}
