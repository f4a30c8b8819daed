package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks a proof document (an inclusion or a consistency proof, as {@code GET
 * /api/v1/ledger/transactions/{id}/proof} and {@code /consistency} answer it) the way an outside
 * auditor would, using none of the ledger's classes: Jackson reads the JSON, {@link
 * Rfc9162Verifier} (written from RFC 9162's text) checks the Merkle proofs and the JDK's Ed25519
 * checks each head's signature over the bytes the document format names (ASCII {@code
 * cornerstone-tree-head-v1}, a zero byte, size and timestamp as 8-byte big-endian, the root).
 */
public final class IndependentProofVerifier {

  private static final ObjectMapper JSON = new ObjectMapper();

  private IndependentProofVerifier() {}

  /**
   * The problems found when {@code json} is checked against the notary key {@code notaryKeyX509}
   * (the trust anchor, obtained out of band); empty when the proof holds.
   */
  public static List<String> check(String json, byte[] notaryKeyX509) {
    List<String> problems = new ArrayList<>();
    try {
      JsonNode proof = JSON.readTree(json);
      switch (proof.path("proof").asText()) {
        case "inclusion" -> inclusion(proof, notaryKeyX509, problems);
        case "consistency" -> {
          JsonNode first = proof.get("first");
          JsonNode second = proof.get("second");
          head(first, notaryKeyX509, "first head", problems);
          head(second, notaryKeyX509, "second head", problems);
          if (!Rfc9162Verifier.verifyConsistency(
              first.get("size").asLong(),
              second.get("size").asLong(),
              base64(first.get("rootHash")),
              base64(second.get("rootHash")),
              hashes(proof.get("path")))) {
            problems.add("consistency path");
          }
        }
        default -> problems.add("not a proof document");
      }
    } catch (Exception e) {
      problems.add("unreadable: " + e);
    }
    return problems;
  }

  private static void inclusion(JsonNode proof, byte[] anchor, List<String> problems)
      throws Exception {
    String id = proof.get("transactionId").asText();
    if (!id.startsWith("SHA-256:")) {
      problems.add("transaction id");
      return;
    }
    byte[] idBytes = HexFormat.of().parseHex(id.substring("SHA-256:".length()));
    JsonNode leaf = proof.get("leaf");
    byte[] leafHash = Rfc9162Verifier.leaf(idBytes);
    if (!Arrays.equals(base64(leaf.get("data")), idBytes)) {
      problems.add("leaf data");
    }
    if (!Arrays.equals(base64(leaf.get("hash")), leafHash)) {
      problems.add("leaf hash");
    }
    JsonNode head = proof.get("treeHead");
    head(head, anchor, "tree head", problems);
    long size = head.get("size").asLong();
    if (proof.get("treeSize").asLong() != size) {
      problems.add("tree size");
    }
    if (!Rfc9162Verifier.verifyInclusion(
        proof.get("leafIndex").asLong(),
        size,
        leafHash,
        hashes(proof.get("path")),
        base64(head.get("rootHash")))) {
      problems.add("inclusion path");
    }
  }

  private static void head(JsonNode head, byte[] anchor, String which, List<String> problems)
      throws Exception {
    if (!Arrays.equals(base64(head.get("notaryKey")), anchor)) {
      problems.add(which + ": not the anchor's key");
    }
    byte[] prefix = "cornerstone-tree-head-v1".getBytes(StandardCharsets.US_ASCII);
    byte[] root = base64(head.get("rootHash"));
    byte[] signed =
        ByteBuffer.allocate(prefix.length + 1 + 16 + root.length)
            .put(prefix)
            .put((byte) 0)
            .putLong(head.get("size").asLong())
            .putLong(head.get("timestamp").asLong())
            .put(root)
            .array();
    PublicKey key =
        KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(anchor));
    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initVerify(key);
    ed25519.update(signed);
    if (!ed25519.verify(base64(head.get("signature")))) {
      problems.add(which + ": signature");
    }
  }

  private static byte[] base64(JsonNode text) {
    return Base64.getDecoder().decode(text.asText());
  }

  private static List<byte[]> hashes(JsonNode array) {
    List<byte[]> hashes = new ArrayList<>();
    array.forEach(h -> hashes.add(base64(h)));
    return hashes;
  }
}
