package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import net.corda.v5.ledger.utxo.StateAndRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TamperDetectionIT {

  private static LedgerFixture f;

  @BeforeAll
  static void ledger() {
    f = new LedgerFixture();
  }

  @Test
  void editingTheStoredContentBreaksTheId() {
    LedgerTransaction tx = f.issue("asset-200.issue", "asset-200", f.alice, 100);
    assertThat(f.ledger.verifyStoredTransaction(tx.id()).valid()).isTrue();

    sql(
        "update ledger.ledger_transaction set content = convert_to(replace(convert_from(content,"
            + " 'UTF8'), '\"quantity\":100', '\"quantity\":900'), 'UTF8') where id = '"
            + tx.id()
            + "'");

    assertThat(f.ledger.verifyStoredTransaction(tx.id()).problems())
        .contains(AuditReport.ID_MISMATCH)
        .anyMatch(p -> p.startsWith(AuditReport.STATE_MISMATCH));
  }

  @Test
  void editingAStoredStateRowIsDetected() {
    LedgerTransaction tx = f.issue("asset-201.issue", "asset-201", f.alice, 100);

    sql(
        "update ledger.state set state_json = replace(state_json, '\"quantity\":100',"
            + " '\"quantity\":101') where transaction_id = '"
            + tx.id()
            + "'");

    assertThat(f.ledger.verifyStoredTransaction(tx.id()).problems())
        .containsExactly(AuditReport.STATE_MISMATCH + ": output 0");
  }

  @Test
  void redirectingAHoldingToAnotherHolderIsDetected() {
    LedgerTransaction tx = f.issue("asset-202.issue", "asset-202", f.alice, 100);

    sql(
        "update ledger.state set holder_key = '"
            + LedgerJson.encodeKey(f.bob.publicKey())
            + "' where transaction_id = '"
            + tx.id()
            + "'");

    assertThat(f.ledger.verifyStoredTransaction(tx.id()).valid()).isFalse();
  }

  @Test
  void aForgedOrRemovedSignatureIsDetected() {
    LedgerTransaction forged = f.issue("asset-203.issue", "asset-203", f.alice, 1);
    LedgerTransaction stripped = f.issue("asset-204.issue", "asset-204", f.alice, 1);

    sql(
        "update ledger.transaction_signature set signature = set_byte(signature, 0,"
            + " (get_byte(signature, 0) + 1) % 256) where transaction_id = '"
            + forged.id()
            + "'");
    sql(
        "delete from ledger.transaction_signature where transaction_id = '"
            + stripped.id()
            + "' and signer_key = decode('"
            + java.util.HexFormat.of().formatHex(f.bank.publicKey().getEncoded())
            + "', 'hex')");

    assertThat(f.ledger.verifyStoredTransaction(forged.id()).problems())
        .isNotEmpty()
        .allMatch(p -> p.startsWith(AuditReport.INVALID_SIGNATURE));
    assertThat(f.ledger.verifyStoredTransaction(stripped.id()).problems())
        .singleElement()
        .asString()
        .startsWith(AuditReport.MISSING_SIGNATURE);
  }

  @Test
  void unconsumingASpentStateIsDetectedOnTheSpendingTransaction() {
    StateAndRef<TestTokenState> token =
        f.issue("asset-205.issue", "asset-205", f.alice, 5).outputs(TestTokenState.class).get(0);
    LedgerTransaction move =
        f.ledger.submit(
            "asset-205.move",
            f.moveAll(token.getRef(), token.getState().getContractState(), f.alice, f.bob));

    sql(
        "delete from ledger.consumption where transaction_id = '"
            + token.getRef().getTransactionId()
            + "'");

    assertThat(f.ledger.verifyStoredTransaction(move.id()).problems())
        .containsExactly(AuditReport.INPUT_NOT_CONSUMED + ": " + token.getRef());
  }

  @Test
  void garbageContentIsReportedNotThrown() {
    LedgerTransaction tx = f.issue("asset-206.issue", "asset-206", f.alice, 1);

    sql(
        "update ledger.ledger_transaction set content = convert_to('not json', 'UTF8') where id = '"
            + tx.id()
            + "'");

    assertThat(f.ledger.verifyStoredTransaction(tx.id()).problems())
        .containsExactly(AuditReport.ID_MISMATCH, AuditReport.UNREADABLE_CONTENT);
  }

  @Test
  void anUnknownIdIsReported() {
    assertThat(f.ledger.verifyStoredTransaction(LedgerHash.sha256(new byte[0])).problems())
        .containsExactly(AuditReport.UNKNOWN_TRANSACTION);
  }

  private static void sql(String statement) {
    TestDatabase.execute(f.dataSource, statement);
  }
}
