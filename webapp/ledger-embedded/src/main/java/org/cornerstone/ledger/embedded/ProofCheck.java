package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/** {@code VerifyLedger --inclusion|--consistency}: checks a proof file against the anchor. */
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
    List<String> problems = new ArrayList<>();
    String what;
    try {
      if (mode.equals("--inclusion")) {
        LogProof.Inclusion inclusion = LogProof.Inclusion.fromJson(proof);
        what =
            "transaction "
                + inclusion.transactionId()
                + " is leaf "
                + inclusion.leafIndex()
                + " under the signed head of size "
                + inclusion.head().size();
        PublicKey key = anchor.resolve(inclusion.head().notaryKey(), problems);
        if (key != null && !inclusion.verify(key)) {
          problems.add(
              inclusion.head().isSignedBy(key)
                  ? "The inclusion path does not lead to the head's root"
                  : "The tree head is not signed by the trust anchor");
        }
      } else if (mode.equals("--consistency")) {
        LogProof.Consistency consistency = LogProof.Consistency.fromJson(proof);
        what =
            "the signed head of size "
                + consistency.second().size()
                + " extends the one of size "
                + consistency.first().size();
        PublicKey key = anchor.resolve(consistency.second().notaryKey(), problems);
        if (key != null && !consistency.verify(key)) {
          problems.add(
              consistency.first().isSignedBy(key) && consistency.second().isSignedBy(key)
                  ? "The consistency path does not prove the second head extends the first"
                  : "A tree head is not signed by the trust anchor");
        }
      } else {
        err.println(VerifyLedger.USAGE);
        return 2;
      }
    } catch (RuntimeException e) {
      err.println("Not a proof: " + e.getMessage());
      return 1;
    }
    problems.forEach(out::println);
    out.println((problems.isEmpty() ? "OK: " : "FAILED: ") + what);
    return problems.isEmpty() ? 0 : 1;
  }
}
