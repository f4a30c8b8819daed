package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The proofs the transaction log gives (RFC 9162 2.1.3 and 2.1.4), with the signed heads they are
 * checked against, and their JSON form (the files {@code VerifyLedger --inclusion/--consistency}
 * reads). Hashes and signatures in base64, keys base64 X.509.
 */
public final class LogProof {

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
      node.put("proof", "inclusion");
      node.put("transactionId", transactionId);
      node.put("leafIndex", leafIndex);
      node.set("treeHead", headJson(head));
      node.set("path", hashes(path));
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
      node.put("proof", "consistency");
      node.set("first", headJson(first));
      node.set("second", headJson(second));
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
