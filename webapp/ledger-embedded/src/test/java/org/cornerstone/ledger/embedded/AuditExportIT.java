package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditExportIT {

  private static LedgerFixture f;
  private static LedgerTransaction moved;

  @TempDir Path dir;

  @BeforeAll
  static void ledger() {
    f = new LedgerFixture();
    f.issue("asset-600.issue", "asset-600", f.alice, 100);
    f.issue("asset-601.issue", "asset-601", f.bob, 7);
    moved =
        Transfers.transfer(
            f.ledger, "asset-600.t1", "asset-600", f.alice.publicKey(), f.bob.publicKey(), 40);
    Transfers.transfer(
        f.ledger, "asset-600.t2", "asset-600", f.bob.publicKey(), f.bank.publicKey(), 15);
  }

  @Test
  void anExportOfAnIntactLedgerVerifiesOfflineAndReconcilesTheSupply() throws Exception {
    Path file = dir.resolve("ledger.jsonl");

    assertThat(AuditExport.write(f.ledger, file)).isEqualTo(4);
    VerifyLedger.Result result = VerifyLedger.verify(file, anchor());

    assertThat(result.problems()).isEmpty();
    assertThat(result.transactions()).isEqualTo(4);
    assertThat(result.unconsumedQuantityByInstrument())
        .containsEntry("asset-600", BigDecimal.valueOf(100))
        .containsEntry("asset-601", BigDecimal.valueOf(7));
    assertThat(Files.readAllLines(file)).hasSize(6); // header, 4 transactions, end
    assertThat(AuditExport.write(f.dataSource, dir.resolve("again.jsonl"))).isEqualTo(4);
    assertThat(VerifyLedger.verify(dir.resolve("again.jsonl"), anchor()).valid()).isTrue();
  }

  @Test
  void theCommandExitsZeroWhenValidAndOneWithTheProblemsWhenNot() throws Exception {
    Path file = dir.resolve("ledger.jsonl");
    AuditExport.write(f.ledger, file);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThat(
            VerifyLedger.run(
                new String[] {"--notary-key", anchorText(), file.toString()},
                print(out),
                print(out)))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("OK: 4 transactions");

    byte[] bytes = Files.readAllBytes(file);
    int at = indexOf(bytes, moved.id().toString()) + "SHA-256:".length() + 3;
    bytes[at] = (byte) (bytes[at] == 'A' ? 'B' : 'A'); // the id of the transfer
    Files.write(file, bytes);
    out.reset();

    assertThat(
            VerifyLedger.run(
                new String[] {"--notary-key", anchorText(), file.toString()},
                print(out),
                print(out)))
        .isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(AuditReport.ID_MISMATCH)
        .contains("is not an output of an earlier transaction")
        .contains("FAILED");
    assertThat(VerifyLedger.run(new String[] {}, print(out), print(out))).isEqualTo(2);
  }

  @Test
  void aFlippedByteInTheContentOrASignatureIsReportedPrecisely() throws Exception {
    Path file = dir.resolve("ledger.jsonl");
    AuditExport.write(f.ledger, file);
    String line = Files.readAllLines(file).get(3); // the transfer
    byte[] original = Files.readAllBytes(file);
    int lineStart = indexOf(original, line);

    byte[] content = original.clone();
    int contentAt = lineStart + line.indexOf("\"content\":\"") + 40;
    content[contentAt] = (byte) (content[contentAt] == 'Q' ? 'R' : 'Q');
    Files.write(file, content);
    assertThat(VerifyLedger.verify(file, anchor()).problems())
        .anyMatch(p -> p.startsWith("line 4") && p.endsWith(AuditReport.ID_MISMATCH));

    byte[] signature = original.clone();
    int signatureAt = lineStart + line.indexOf("\"signature\":\"") + 20;
    signature[signatureAt] = (byte) (signature[signatureAt] == 'Q' ? 'R' : 'Q');
    Files.write(file, signature);
    assertThat(VerifyLedger.verify(file, anchor()).problems())
        .anyMatch(p -> p.startsWith("line 4") && p.contains(AuditReport.INVALID_SIGNATURE));
  }

  @Test
  void everySingleByteFlipAnywhereInTheFileIsDetected() throws Exception {
    Path file = dir.resolve("ledger.jsonl");
    AuditExport.write(f.ledger, file);
    byte[] original = Files.readAllBytes(file);
    Random random = new Random(42);
    List<Integer> undetected = new ArrayList<>();
    for (int trial = 0; trial < 60; trial++) {
      int at = random.nextInt(original.length);
      byte[] damaged = original.clone();
      damaged[at] ^= (byte) (1 << random.nextInt(7));
      Files.write(file, damaged);
      if (VerifyLedger.verify(file, anchor()).valid()) {
        undetected.add(at);
      }
    }
    assertThat(undetected).isEmpty();
  }

  @Test
  void lostReorderedOrDuplicatedLinesAreDetected() throws Exception {
    Path file = dir.resolve("ledger.jsonl");
    AuditExport.write(f.ledger, file);
    List<String> lines = Files.readAllLines(file);

    List<String> truncated = lines.subList(0, lines.size() - 1);
    Files.write(file, truncated);
    assertThat(VerifyLedger.verify(file, anchor()).problems())
        .contains("The file has no end line (truncated?)");

    List<String> lost = new ArrayList<>(lines);
    lost.remove(2);
    Files.write(file, lost);
    assertThat(VerifyLedger.verify(file, anchor()).valid()).isFalse();

    List<String> swapped = new ArrayList<>(lines);
    swapped.set(1, lines.get(3));
    swapped.set(3, lines.get(1));
    Files.write(file, swapped);
    assertThat(VerifyLedger.verify(file, anchor()).problems())
        .anyMatch(p -> p.contains("is not an output of an earlier transaction"));
  }

  @Test
  @Order(Integer.MAX_VALUE) // adds a transaction to the shared ledger: runs last
  void aTransactionTamperedInTheDatabaseFailsTheOfflineVerification() throws Exception {
    LedgerTransaction issued = f.issue("asset-602.issue", "asset-602", f.alice, 9);
    String where = " where id = '" + issued.id() + "'";
    TestDatabase.execute(
        f.dataSource,
        "update ledger.ledger_transaction set content = convert_to(replace(convert_from(content,"
            + " 'UTF8'), '\"quantity\":9', '\"quantity\":90'), 'UTF8')"
            + where);
    Path file = dir.resolve("tampered.jsonl");
    AuditExport.write(f.ledger, file);

    assertThat(VerifyLedger.verify(file, anchor()).problems())
        .singleElement()
        .asString()
        .startsWith("line 6 (" + issued.id() + ")")
        .endsWith(AuditReport.ID_MISMATCH);
  }

  private static java.security.PublicKey anchor() {
    return f.ledger.notary().publicKey();
  }

  private static String anchorText() {
    return LedgerJson.encodeKey(anchor());
  }

  private static PrintStream print(ByteArrayOutputStream out) {
    return new PrintStream(out, true, StandardCharsets.UTF_8);
  }

  private static int indexOf(byte[] haystack, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + n.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + n.length, n, 0, n.length)) {
        return i;
      }
    }
    throw new AssertionError(needle + " not found");
  }
}
