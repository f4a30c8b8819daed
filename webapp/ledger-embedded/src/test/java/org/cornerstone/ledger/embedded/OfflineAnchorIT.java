package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.StateAndRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline verifier starts from a trust anchor (ADR 0018): a forged export whose parties all
 * have fresh keys fails, and a holder's inclusion proof and an auditor's consistency proof are
 * checked by {@code VerifyLedger} and by an independent RFC 9162 verifier.
 */
class OfflineAnchorIT {

  @TempDir Path dir;

  @Test
  void aForgedExportWithFreshKeysForEveryPartyFailsAgainstTheRealNotaryKey() throws Exception {
    LedgerFixture real = new LedgerFixture();
    build(real);
    PublicKey realNotary = real.ledger.notary().publicKey();
    Path genuine = dir.resolve("genuine.jsonl");
    AuditExport.write(real.ledger, genuine);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(run(out, "--notary-key", LedgerJson.encodeKey(realNotary), genuine.toString()))
        .isZero();

    // the forger rebuilds the same history with freshly generated keys for every party
    LedgerFixture forger = new LedgerFixture();
    build(forger);
    Path forged = dir.resolve("forged.jsonl");
    AuditExport.write(forger.ledger, forged);
    assertThat(forger.ledger.notary().publicKey()).isNotEqualTo(realNotary);

    out.reset();
    assertThat(run(out, "--notary-key", LedgerJson.encodeKey(realNotary), forged.toString()))
        .isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("is not the trust anchor")
        .contains("the pin of party")
        .contains("a key the trust anchor did not pin for any party")
        .contains("is not signed by the trust anchor")
        .contains("FAILED");

    out.reset();
    String fingerprint = TrustAnchor.fingerprintOf(realNotary).toString();
    assertThat(run(out, "--notary-fingerprint", fingerprint, forged.toString())).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("not the trust anchor " + fingerprint);

    // the same forged file against its own (forged) key verifies: the anchor is what decides
    out.reset();
    assertThat(
            run(
                out,
                "--notary-key",
                LedgerJson.encodeKey(forger.ledger.notary().publicKey()),
                forged.toString()))
        .isZero();
    out.reset();
    assertThat(run(out, forged.toString())).isEqualTo(2);
  }

  @Test
  void inclusionAndConsistencyProofsVerifyOfflineAndIndependently() throws Exception {
    LedgerFixture f = new LedgerFixture();
    List<LedgerTransaction> committed = build(f);
    String anchor = LedgerJson.encodeKey(f.ledger.notary().publicKey());
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    for (LedgerTransaction tx : committed) {
      LogProof.Inclusion proof = f.ledger.inclusionProof(tx.id());
      assertThat(
              Rfc9162Verifier.verifyInclusion(
                  proof.leafIndex(),
                  proof.head().size(),
                  Rfc9162Verifier.leaf(LedgerHash.of(tx.id()).getBytes()),
                  proof.path(),
                  proof.head().rootHash()))
          .isTrue();
      Path file = write("inclusion.json", proof.toJson().toString());
      out.reset();
      assertThat(run(out, "--notary-key", anchor, "--inclusion", file.toString()))
          .as(out.toString(StandardCharsets.UTF_8))
          .isZero();
    }
    LogProof.Inclusion proof = f.ledger.inclusionProof(committed.get(1).id());
    List<byte[]> bent = new ArrayList<>(proof.path());
    bent.set(0, MerkleTree.emptyRoot());
    Path bentFile =
        write(
            "bent.json",
            new LogProof.Inclusion(proof.transactionId(), proof.leafIndex(), proof.head(), bent)
                .toJson()
                .toString());
    out.reset();
    assertThat(run(out, "--notary-key", anchor, "--inclusion", bentFile.toString())).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("The inclusion path does not lead to the head's root");

    int size = committed.size();
    for (int first = 1; first < size; first++) {
      LogProof.Consistency consistency = f.ledger.consistencyProof(first, size);
      assertThat(
              Rfc9162Verifier.verifyConsistency(
                  first,
                  size,
                  consistency.first().rootHash(),
                  consistency.second().rootHash(),
                  consistency.path()))
          .as("%d to %d", first, size)
          .isTrue();
      Path file = write("consistency.json", consistency.toJson().toString());
      out.reset();
      assertThat(run(out, "--notary-key", anchor, "--consistency", file.toString())).isZero();
    }
    // a head of size 2 whose root was rewritten (re-signed by a forger's key): refused
    LogProof.Consistency consistency = f.ledger.consistencyProof(2, size);
    TreeHead first = consistency.first();
    TreeHead forgedFirst =
        new TreeHead(
            first.size(),
            first.timestamp(),
            MerkleTree.emptyRoot(),
            first.notaryKey(),
            first.signature());
    Path forged =
        write(
            "forged-consistency.json",
            new LogProof.Consistency(forgedFirst, consistency.second(), consistency.path())
                .toJson()
                .toString());
    out.reset();
    assertThat(run(out, "--notary-key", anchor, "--consistency", forged.toString())).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("A tree head is not signed by the trust anchor");
  }

  /** Issues, moves and issues again: 5 transactions. */
  /** Five transactions, the log merged after each: a signed head at every size 1 to 5. */
  private static List<LedgerTransaction> build(LedgerFixture f) {
    List<LedgerTransaction> committed = new ArrayList<>();
    LedgerTransaction issued = logged(f, f.issue("asset-800.issue", "asset-800", f.alice, 10));
    committed.add(issued);
    StateAndRef<TestTokenState> token = issued.outputs(TestTokenState.class).get(0);
    LedgerTransaction moved =
        logged(
            f,
            f.ledger.submit(
                "asset-800.move",
                f.moveAll(token.getRef(), token.getState().getContractState(), f.alice, f.bob)));
    committed.add(moved);
    committed.add(logged(f, f.issue("asset-801.issue", "asset-801", f.bob, 3)));
    committed.add(logged(f, f.issue("asset-802.issue", "asset-802", f.alice, 4)));
    StateAndRef<TestTokenState> held = moved.outputs(TestTokenState.class).get(0);
    committed.add(
        logged(
            f,
            f.ledger.submit(
                "asset-800.back",
                f.moveAll(held.getRef(), held.getState().getContractState(), f.bob, f.alice))));
    return committed;
  }

  private static LedgerTransaction logged(LedgerFixture f, LedgerTransaction tx) {
    assertThat(f.ledger.mergeLog()).isPresent();
    return tx;
  }

  private Path write(String name, String json) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, json);
    return file;
  }

  private static int run(ByteArrayOutputStream out, String... args) {
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    return VerifyLedger.run(args, print, print);
  }
}
