package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The proofs the transaction log gives (RFC 9162 2.1.3 and 2.1.4), with the signed heads they are
 * checked against, and their JSON form: a self-contained document (the file a holder downloads and
 * {@code VerifyLedger --proof} reads; {@code --inclusion/--consistency} read the same files).
 * Hashes and signatures in base64 (the leaf and roots also in hex), keys base64 X.509.
 *
 * <p>An inclusion document: {@code format} ({@value #FORMAT}), {@code proof: "inclusion"}, {@code
 * transactionId}, {@code leaf} ({@code data}: the 32 bytes of the id the log hashes, {@code hash}:
 * {@code SHA-256(0x00 || data)}, each in base64 and hex), {@code leafIndex}, {@code treeSize},
 * {@code path} (the audit path, leaf to root) and {@code treeHead} ({@code size, timestamp,
 * rootHash, rootHashHex, notaryKey, notaryFingerprint, signature}; the notary signs {@link
 * TreeHead#signedBytes}). A consistency document: {@code proof: "consistency"}, {@code first},
 * {@code second} (two such heads) and {@code path}.
 */
public final class LogProof {

  /** The document's {@code format} value. */
  public static final String FORMAT = "cornerstone-log-proof-v1";

  /** How the document says the leaf hash is computed (RFC 9162 2.1.1). */
  public static final String LEAF_RULE = "SHA-256(0x00 || data), data = the transaction id's bytes";

  private LogProof() {}

  /** Transaction {@code transactionId} is leaf {@code leafIndex} of the tree under {@code head}. */
  public record Inclusion(String transactionId, long leafIndex, TreeHead head, List<byte[]> path) {
    public Inclusion {
      path = List.copyOf(path);
    }

    /**
     * Whether the path leads from the transaction's leaf to the head's root, and the head is signed
     * by {@code notaryKey}.
     */
    public boolean verify(PublicKey notaryKey) {
      return head.isSignedBy(notaryKey)
          && MerkleTree.verifyInclusion(
              MerkleTree.transactionLeaf(LedgerHash.parse(transactionId)),
              leafIndex,
              head.size(),
              path,
              head.rootHash());
    }

    public ObjectNode toJson() {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("format", FORMAT);
      node.put("proof", "inclusion");
      node.put("transactionId", transactionId);
      byte[] data = LedgerHash.parse(transactionId).getBytes();
      byte[] leafHash = MerkleTree.leafHash(data);
      ObjectNode leaf = node.putObject("leaf");
      leaf.put("data", Base64.getEncoder().encodeToString(data));
      leaf.put("dataHex", HexFormat.of().formatHex(data));
      leaf.put("hash", Base64.getEncoder().encodeToString(leafHash));
      leaf.put("hashHex", HexFormat.of().formatHex(leafHash));
      leaf.put("rule", LEAF_RULE);
      node.put("leafIndex", leafIndex);
      node.put("treeSize", head.size());
      node.set("path", hashes(path));
      node.set("treeHead", documentHead(head));
      return node;
    }

    public static Inclusion fromJson(JsonNode node) {
      return new Inclusion(
          node.get("transactionId").asText(),
          node.get("leafIndex").asLong(),
          headFrom(node.get("treeHead")),
          hashesFrom(node.get("path")));
    }
  }

  /** The tree under {@code second} extends the tree under {@code first}. */
  public record Consistency(TreeHead first, TreeHead second, List<byte[]> path) {
    public Consistency {
      path = List.copyOf(path);
    }

    /** Whether the path proves it and both heads are signed by {@code notaryKey}. */
    public boolean verify(PublicKey notaryKey) {
      return first.isSignedBy(notaryKey)
          && second.isSignedBy(notaryKey)
          && MerkleTree.verifyConsistency(
              first.size(), second.size(), first.rootHash(), second.rootHash(), path);
    }

    public ObjectNode toJson() {
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("format", FORMAT);
      node.put("proof", "consistency");
      node.set("first", documentHead(first));
      node.set("second", documentHead(second));
      node.set("path", hashes(path));
      return node;
    }

    public static Consistency fromJson(JsonNode node) {
      return new Consistency(
          headFrom(node.get("first")), headFrom(node.get("second")), hashesFrom(node.get("path")));
    }
  }

  /** A head as JSON: size, timestamp, rootHash, notaryKey, signature. */
  public static ObjectNode headJson(TreeHead head) {
    Base64.Encoder base64 = Base64.getEncoder();
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("size", head.size());
    node.put("timestamp", head.timestamp());
    node.put("rootHash", base64.encodeToString(head.rootHash()));
    node.put("notaryKey", LedgerJson.encodeKey(head.notaryKey()));
    node.put("signature", base64.encodeToString(head.signature()));
    return node;
  }

  /**
   * A head as the proof documents carry it: {@link #headJson} plus the root in hex and the notary
   * key's fingerprint (SHA-256 of its X.509 bytes, the form {@code --notary-fingerprint} takes).
   */
  public static ObjectNode documentHead(TreeHead head) {
    ObjectNode node = headJson(head);
    node.put("rootHashHex", head.rootHex());
    node.put("notaryFingerprint", TrustAnchor.fingerprintOf(head.notaryKey()).toString());
    return node;
  }

  public static TreeHead headFrom(JsonNode node) {
    Base64.Decoder base64 = Base64.getDecoder();
    return new TreeHead(
        node.get("size").asLong(),
        node.get("timestamp").asLong(),
        base64.decode(node.get("rootHash").asText()),
        LedgerJson.decodeKey(node.get("notaryKey").asText()),
        base64.decode(node.get("signature").asText()));
  }

  private static ArrayNode hashes(List<byte[]> path) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    path.forEach(hash -> array.add(Base64.getEncoder().encodeToString(hash)));
    return array;
  }

  private static List<byte[]> hashesFrom(JsonNode array) {
    List<byte[]> path = new ArrayList<>();
    array.forEach(hash -> path.add(Base64.getDecoder().decode(hash.asText())));
    return path;
  }
}
