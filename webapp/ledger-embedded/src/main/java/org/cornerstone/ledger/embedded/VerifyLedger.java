package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import net.corda.v5.ledger.utxo.StateRef;

/**
 * Verifies an {@link AuditExport} file offline, without a database or the CorDapp's classes:
 *
 * <ul>
 *   <li>every line is chained to the previous one by hash and the end line counts the transactions
 *       (no line changed, lost, added or reordered);
 *   <li>each transaction's id is the SHA-256 of its content, and the content is canonical;
 *   <li>every signature verifies over the id, and every signatory and the notary signed;
 *   <li>every input and reference names an output of an earlier transaction in the file, and each
 *       output is consumed at most once (and not referenced after it was consumed);
 *   <li>each request key occurs once (idempotency);
 *   <li>everything chains to the trust anchor given on the command line, the notary's public key
 *       (or its fingerprint): every party pin is signed by it, every signature is by a pinned key,
 *       every transaction names it as notary, every tree head is signed by it and its root is the
 *       RFC 9162 root of the transactions up to it, and the last head covers every transaction.
 * </ul>
 *
 * <pre>java -cp &lt;ledger-embedded jar and its dependencies&gt;
 *     org.cornerstone.ledger.embedded.VerifyLedger --notary-key BASE64-X509 ledger-audit.jsonl
 *   ... VerifyLedger --notary-fingerprint SHA-256:HEX ledger-audit.jsonl
 *   ... VerifyLedger --notary-fingerprint SHA-256:HEX --proof proof.json
 *   ... VerifyLedger --notary-key BASE64-X509 --inclusion proof.json
 *   ... VerifyLedger --notary-key BASE64-X509 --consistency proof.json</pre>
 *
 * The fingerprint is the SHA-256 of the notary key's X.509 bytes; the key is then the export
 * header's {@code notaryKey}, which must hash to it. Exit code 0: the file verifies; 1: problems
 * (printed, one per line); 2: usage or I/O error.
 */
public final class VerifyLedger {

  private VerifyLedger() {}

  /** The outcome of a verification. */
  public record Result(
      long transactions,
      long unconsumedOutputs,
      Map<String, BigDecimal> unconsumedQuantityByInstrument,
      List<String> problems) {

    public Result {
      unconsumedQuantityByInstrument = Map.copyOf(unconsumedQuantityByInstrument);
      problems = List.copyOf(problems);
    }

    public boolean valid() {
      return problems.isEmpty();
    }
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static final String USAGE =
      "usage: VerifyLedger (--notary-key BASE64-X509 | --notary-fingerprint SHA-256:HEX)"
          + " (<audit-export.jsonl> | --proof <proof.json> | --inclusion <proof.json>"
          + " | --consistency <proof.json>)";

  /** {@link #main} without exiting: returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 3
        || !(args[0].equals("--notary-key") || args[0].equals("--notary-fingerprint"))
        || args.length != (args[2].startsWith("--") ? 4 : 3)) {
      err.println(USAGE);
      return 2;
    }
    TrustAnchor anchor;
    try {
      anchor =
          args[0].equals("--notary-key")
              ? TrustAnchor.ofKey(LedgerJson.decodeKey(args[1]))
              : TrustAnchor.ofFingerprint(LedgerHash.parse(args[1]));
    } catch (RuntimeException e) {
      err.println("Not a trust anchor: " + args[1] + " (" + e.getMessage() + ")\n" + USAGE);
      return 2;
    }
    if (args.length == 4) {
      return ProofCheck.run(anchor, args[2], Path.of(args[3]), out, err);
    }
    Result result;
    try {
      result = verify(Path.of(args[2]), anchor);
    } catch (IOException e) {
      err.println("Cannot read " + args[2] + ": " + e.getMessage());
      return 2;
    }
    result.problems().forEach(out::println);
    out.printf(
        "%s: %d transactions, %d unconsumed outputs, %d problems%n",
        result.valid() ? "OK" : "FAILED",
        result.transactions(),
        result.unconsumedOutputs(),
        result.problems().size());
    new TreeMap<>(result.unconsumedQuantityByInstrument())
        .forEach(
            (instrument, quantity) -> out.println("  unconsumed " + instrument + ": " + quantity));
    return result.valid() ? 0 : 1;
  }

  /** Verifies the audit file at {@code file} against the notary key {@code notaryKey}. */
  public static Result verify(Path file, PublicKey notaryKey) throws IOException {
    return verify(file, TrustAnchor.ofKey(notaryKey));
  }

  /** Verifies the audit file at {@code file} against {@code anchor}. */
  public static Result verify(Path file, TrustAnchor anchor) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return new Verifier(anchor).run(in);
    }
  }

  private record Output(String instrumentId, BigDecimal quantity) {}

  private static final class Verifier {
    private final TrustAnchor anchor;
    private final LogCheck log = new LogCheck();
    private PublicKey notaryKey;
    private final Map<PublicKey, String> pinned = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> outputCounts = new HashMap<>();
    private final Map<String, String> consumedBy = new HashMap<>();
    private final Map<String, Output> unconsumed = new LinkedHashMap<>();
    private final Set<String> requestKeys = new HashSet<>();
    private long transactions;
    private long lastSeq = Long.MIN_VALUE;

    Verifier(TrustAnchor anchor) {
      this.anchor = anchor;
    }

    Result run(InputStream in) throws IOException {
      String previousHash = null;
      boolean ended = false;
      int lineNumber = 0;
      for (byte[] line = readLine(in); line != null; line = readLine(in)) {
        lineNumber++;
        String where = "line " + lineNumber;
        JsonNode node = null;
        try {
          node = LedgerJson.parse(line);
          if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
          }
        } catch (RuntimeException e) {
          problems.add(where + ": not a JSON object: " + e.getMessage());
        }
        if (ended) {
          problems.add(where + ": a line after the end line");
        }
        if (node != null) {
          try {
            if (lineNumber == 1) {
              checkHeader(where, node);
            } else {
              String chained = text(node, "previousLineHash");
              if (!chained.equals(previousHash)) {
                problems.add(where + ": previousLineHash does not match the previous line");
              }
              if (node.path("end").asBoolean(false)) {
                ended = true;
                long counted = node.path("transactions").asLong(-1);
                if (counted != transactions) {
                  problems.add(
                      where
                          + ": the end line counts "
                          + counted
                          + " transactions, the file has "
                          + transactions);
                }
              } else {
                transaction(where, node);
              }
            }
          } catch (RuntimeException e) {
            problems.add(where + ": malformed: " + e.getMessage());
          }
        } else if (lineNumber > 1) {
          transactions++; // count it: the end line check should not add noise
        }
        previousHash = LedgerHash.sha256(line).toString();
      }
      if (lineNumber == 0) {
        problems.add("The file is empty");
      } else if (!ended) {
        problems.add("The file has no end line (truncated?)");
      }
      log.finish(problems);
      Map<String, BigDecimal> quantities = new HashMap<>();
      for (Output output : unconsumed.values()) {
        if (output.instrumentId() != null && output.quantity() != null) {
          quantities.merge(output.instrumentId(), output.quantity(), BigDecimal::add);
        }
      }
      return new Result(transactions, unconsumed.size(), quantities, problems);
    }

    private void checkHeader(String where, JsonNode header) {
      if (!AuditExport.FORMAT.equals(header.path("format").asText())
          || header.path("version").asInt() != AuditExport.VERSION) {
        problems.add(
            where
                + ": not a "
                + AuditExport.FORMAT
                + " version "
                + AuditExport.VERSION
                + " header");
        return;
      }
      JsonNode key = header.get("notaryKey");
      PublicKey named = key == null || !key.isTextual() ? null : LedgerJson.decodeKey(key.asText());
      notaryKey = anchor.resolve(named, problems);
      if (notaryKey == null) {
        return;
      }
      log.notaryKey = notaryKey;
      for (JsonNode pin : header.path("pins")) {
        String name = text(pin, "name");
        byte[] x509 = Base64.getDecoder().decode(text(pin, "key"));
        byte[] signature = Base64.getDecoder().decode(text(pin, "signature"));
        if (Signatures.isValid(
            notaryKey, KeyPins.signedBytes(name, x509, pin.path("pinnedAt").asLong()), signature)) {
          pinned.put(LedgerJson.decodeKey(x509), name);
        } else {
          problems.add(where + ": the pin of party " + name + " is not signed by the trust anchor");
        }
      }
    }

    private void transaction(String where, JsonNode line) {
      transactions++;
      String idText = text(line, "id");
      where = where + " (" + idText + ")";
      long seq = line.path("seq").asLong(Long.MIN_VALUE);
      // lines follow the log (leafIndex, checked by LogCheck), not seq: concurrent commits draw
      // seq at their insert and their leaf at their end, so seq may go down
      lastSeq = seq;
      LedgerHash id = LedgerHash.parse(idText);
      if (!id.toString().equals(idText)) {
        problems.add(where + ": the id is not in canonical form");
      }
      if (outputCounts.containsKey(idText)) {
        problems.add(where + ": the transaction occurs twice");
        return;
      }
      byte[] content = Base64.getDecoder().decode(text(line, "content"));
      if (!LedgerHash.sha256(content).equals(id)) {
        problems.add(where + ": " + AuditReport.ID_MISMATCH);
      }
      JsonNode tree = LedgerJson.parse(content);
      if (!Arrays.equals(LedgerJson.canonicalBytes(tree), content)) {
        problems.add(where + ": the content is not in canonical form");
      }
      if (!"cornerstone-embedded".equals(tree.path("metadata").path("ledger").asText())) {
        problems.add(where + ": the content is not an embedded-ledger transaction");
      }
      String requestKey = tree.path("metadata").path("requestKey").asText();
      if (!requestKeys.add(requestKey)) {
        problems.add(where + ": request key " + requestKey + " has a second transaction");
      }
      checkSignatures(where, id, tree, line.get("signatures"));
      if (notaryKey != null && !notaryKey.equals(LedgerJson.decodeKey(text(tree, "notaryKey")))) {
        problems.add(where + ": the transaction's notary key is not the trust anchor");
      }
      log.transaction(where, id, line, problems);
      for (JsonNode reference : tree.get("references")) {
        String ref = normalized(reference.asText());
        if (!exists(ref)) {
          problems.add(
              where + ": reference " + ref + " is not an output of an earlier transaction");
        } else if (consumedBy.containsKey(ref)) {
          problems.add(where + ": reference " + ref + " was consumed by " + consumedBy.get(ref));
        }
      }
      for (JsonNode input : tree.get("inputs")) {
        String ref = normalized(input.asText());
        if (!exists(ref)) {
          problems.add(where + ": input " + ref + " is not an output of an earlier transaction");
        } else if (consumedBy.containsKey(ref)) {
          problems.add(
              where
                  + ": input "
                  + ref
                  + " is consumed again (first by "
                  + consumedBy.get(ref)
                  + ")");
        } else {
          consumedBy.put(ref, idText);
          unconsumed.remove(ref);
        }
      }
      JsonNode outputs = tree.get("outputs");
      outputCounts.put(idText, outputs.size());
      for (int index = 0; index < outputs.size(); index++) {
        JsonNode state = outputs.get(index).path("state");
        JsonNode instrument = state.get(EmbeddedLedger.INSTRUMENT_ID_PROPERTY);
        JsonNode quantity = state.get("quantity");
        unconsumed.put(
            idText + ":" + index,
            new Output(
                instrument != null && instrument.isTextual() ? instrument.asText() : null,
                quantity != null && quantity.isNumber() ? quantity.decimalValue() : null));
      }
    }

    private void checkSignatures(String where, LedgerHash id, JsonNode tree, JsonNode signatures) {
      List<PublicKey> required = new ArrayList<>();
      tree.get("signatories").forEach(n -> required.add(LedgerJson.decodeKey(n.asText())));
      PublicKey notaryKey = LedgerJson.decodeKey(text(tree, "notaryKey"));
      if (!required.contains(notaryKey)) {
        required.add(notaryKey);
      }
      Set<PublicKey> signed = new HashSet<>();
      byte[] idBytes = id.getBytes();
      if (signatures == null || !signatures.isArray()) {
        throw new IllegalArgumentException("no signatures array");
      }
      for (JsonNode signature : signatures) {
        PublicKey key = LedgerJson.decodeKey(text(signature, "key"));
        byte[] bytes = Base64.getDecoder().decode(text(signature, "signature"));
        if (Signatures.isValid(key, idBytes, bytes)) {
          signed.add(key);
          if (!pinned.containsKey(key)) {
            problems.add(
                where
                    + ": signature by "
                    + LedgerJson.encodeKey(key)
                    + ", a key the trust anchor did not pin for any party");
          }
        } else {
          problems.add(
              where + ": " + AuditReport.INVALID_SIGNATURE + " by " + LedgerJson.encodeKey(key));
        }
      }
      for (PublicKey key : required) {
        if (!signed.contains(key)) {
          problems.add(
              where + ": " + AuditReport.MISSING_SIGNATURE + ": " + LedgerJson.encodeKey(key));
        }
      }
    }

    private boolean exists(String ref) {
      int colon = ref.lastIndexOf(':');
      Integer count = outputCounts.get(ref.substring(0, colon));
      int index = Integer.parseInt(ref.substring(colon + 1));
      return count != null && index >= 0 && index < count;
    }

    private static String normalized(String ref) {
      StateRef parsed = LedgerJson.decodeStateRef(ref);
      return LedgerJson.encodeStateRef(parsed);
    }

    private static String text(JsonNode node, String field) {
      JsonNode value = node.get(field);
      if (value == null || !value.isTextual()) {
        throw new IllegalArgumentException("missing text field " + field);
      }
      return value.asText();
    }

    private static byte[] readLine(InputStream in) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
      int b = in.read();
      if (b < 0) {
        return null;
      }
      while (b >= 0 && b != '\n') {
        line.write(b);
        b = in.read();
      }
      return line.toByteArray();
    }
  }
}
