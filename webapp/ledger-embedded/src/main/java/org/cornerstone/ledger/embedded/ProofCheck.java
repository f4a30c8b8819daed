package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * {@code VerifyLedger --proof|--inclusion|--consistency}: checks a proof file against the anchor.
 * {@code --proof} takes either kind of document ({@link LogProof}), as a holder downloads it, and
 * also checks what the document states beside the proof: the leaf's data and hash, the tree size
 * and the notary's fingerprint must be what the proof itself implies.
 */
final class ProofCheck {

  private ProofCheck() {}

  static int run(TrustAnchor anchor, String mode, Path file, PrintStream out, PrintStream err) {
    JsonNode proof;
    try {
      proof = LedgerJson.parse(Files.readAllBytes(file));
    } catch (IOException | RuntimeException e) {
      err.println("Cannot read " + file + ": " + e.getMessage());
      return 2;
    }
    String kind;
    boolean document = mode.equals("--proof");
    if (document) {
      kind = proof.path("proof").asText("");
      if (!kind.equals("inclusion") && !kind.equals("consistency")) {
        out.println("FAILED: not a proof document (\"proof\" must be inclusion or consistency)");
        return 1;
      }
    } else if (mode.equals("--inclusion") || mode.equals("--consistency")) {
      kind = mode.substring(2);
    } else {
      err.println(VerifyLedger.USAGE);
      return 2;
    }
    List<String> problems = new ArrayList<>();
    String what;
    try {
      if (document
          && proof.has("format")
          && !LogProof.FORMAT.equals(proof.get("format").asText())) {
        problems.add("Unknown proof format " + proof.get("format").asText());
      }
      if (kind.equals("inclusion")) {
        LogProof.Inclusion inclusion = LogProof.Inclusion.fromJson(proof);
        what =
            "transaction "
                + inclusion.transactionId()
                + " is leaf "
                + inclusion.leafIndex()
                + " under the signed head of size "
                + inclusion.head().size();
        if (document) {
          statedLeaf(proof, inclusion, problems);
          statedFingerprint(proof.get("treeHead"), inclusion.head(), problems);
        }
        PublicKey key = anchor.resolve(inclusion.head().notaryKey(), problems);
        if (key != null && !inclusion.verify(key)) {
          problems.add(
              inclusion.head().isSignedBy(key)
                  ? "The inclusion path does not lead to the head's root"
                  : "The tree head is not signed by the trust anchor");
        }
      } else {
        LogProof.Consistency consistency = LogProof.Consistency.fromJson(proof);
        what =
            "the signed head of size "
                + consistency.second().size()
                + " extends the one of size "
                + consistency.first().size();
        if (document) {
          statedFingerprint(proof.get("first"), consistency.first(), problems);
          statedFingerprint(proof.get("second"), consistency.second(), problems);
        }
        PublicKey key = anchor.resolve(consistency.second().notaryKey(), problems);
        if (key != null && !consistency.verify(key)) {
          problems.add(
              consistency.first().isSignedBy(key) && consistency.second().isSignedBy(key)
                  ? "The consistency path does not prove the second head extends the first"
                  : "A tree head is not signed by the trust anchor");
        }
      }
    } catch (RuntimeException e) {
      out.println("FAILED: not a proof: " + e.getMessage());
      return 1;
    }
    problems.forEach(out::println);
    out.println((problems.isEmpty() ? "OK: " : "FAILED: ") + what);
    return problems.isEmpty() ? 0 : 1;
  }

  /** The document's leaf and tree size must be the ones its transaction id and head imply. */
  private static void statedLeaf(JsonNode proof, LogProof.Inclusion inclusion, List<String> out) {
    JsonNode leaf = proof.get("leaf");
    if (leaf == null || !leaf.has("data") || !leaf.has("hash")) {
      out.add("The document states no leaf (data and hash)");
    } else {
      byte[] data = Base64.getDecoder().decode(leaf.get("data").asText());
      byte[] id = LedgerHash.parse(inclusion.transactionId()).getBytes();
      if (!Arrays.equals(data, id)) {
        out.add("The leaf data is not the bytes of transaction " + inclusion.transactionId());
      }
      if (!Arrays.equals(
          Base64.getDecoder().decode(leaf.get("hash").asText()), MerkleTree.leafHash(data))) {
        out.add("The leaf hash is not SHA-256(0x00 || leaf data)");
      }
    }
    if (!proof.has("treeSize") || proof.get("treeSize").asLong() != inclusion.head().size()) {
      out.add(
          "The document's tree size "
              + proof.path("treeSize").asText("(none)")
              + " is not the signed head's size "
              + inclusion.head().size());
    }
  }

  /** A head's stated fingerprint, if any, must be its notary key's. */
  private static void statedFingerprint(JsonNode head, TreeHead parsed, List<String> out) {
    if (head != null && head.has("notaryFingerprint")) {
      String actual = TrustAnchor.fingerprintOf(parsed.notaryKey()).toString();
      if (!actual.equalsIgnoreCase(head.get("notaryFingerprint").asText())) {
        out.add(
            "The head's stated notary fingerprint "
                + head.get("notaryFingerprint").asText()
                + " is not its key's, "
                + actual);
      }
    }
  }
}
