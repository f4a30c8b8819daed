package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code VerifyLedger --proof}: a downloaded proof document (no database: a log of random
 * transaction ids and heads signed by a notary key made here) passes against the notary's
 * fingerprint, and every tampering with its leaf, path, head or signature fails, in {@code
 * VerifyLedger} and in the independent verifier alike.
 */
class ProofDocumentTest {

  @TempDir Path dir;

  private final KeyPair notary = ed25519();
  private final String fingerprint = TrustAnchor.fingerprintOf(notary.getPublic()).toString();
  private final List<LedgerHash> ids = new ArrayList<>();
  private final List<byte[]> leaves = new ArrayList<>();

  ProofDocumentTest() {
    Random random = new Random(21);
    for (int i = 0; i < 11; i++) {
      byte[] content = new byte[40];
      random.nextBytes(content);
      LedgerHash id = LedgerHash.sha256(content);
      ids.add(id);
      leaves.add(MerkleTree.transactionLeaf(id));
    }
  }

  @Test
  void theGenuineInclusionProofPassesAndEveryTamperingFails() throws Exception {
    ObjectNode genuine = inclusion(5, 11);
    assertThat(verify(genuine)).isZero();
    assertThat(output).contains("OK: transaction " + ids.get(5) + " is leaf 5");
    assertThat(independently(genuine)).isEmpty();
    // every leaf of every tree size, both ways
    for (int size = 1; size <= 11; size++) {
      for (int index = 0; index < size; index++) {
        ObjectNode proof = inclusion(index, size);
        assertThat(verify(proof)).as("leaf %d of %d", index, size).isZero();
        assertThat(independently(proof)).as("leaf %d of %d", index, size).isEmpty();
      }
    }

    // another transaction's id with its own leaf, on this leaf's path
    assertFails(
        genuine,
        p -> {
          byte[] other = ids.get(6).getBytes();
          p.put("transactionId", ids.get(6).toString());
          ((ObjectNode) p.get("leaf"))
              .put("data", b64(other))
              .put("hash", b64(MerkleTree.leafHash(other)));
        },
        "The inclusion path does not lead to the head's root");
    // the stated leaf changed, the transaction id kept
    assertFails(
        genuine,
        p -> ((ObjectNode) p.get("leaf")).put("hash", b64(leaves.get(6))),
        "The leaf hash is not SHA-256(0x00 || leaf data)");
    assertFails(
        genuine,
        p -> ((ObjectNode) p.get("leaf")).put("data", b64(ids.get(6).getBytes())),
        "The leaf data is not the bytes of transaction");
    // the audit path: one bit of one hash, a hash left out, the leaf index
    assertFails(
        genuine,
        p -> ((ArrayNode) p.get("path")).set(1, flipped(p.get("path").get(1).asText())),
        "The inclusion path does not lead to the head's root");
    assertFails(
        genuine,
        p -> ((ArrayNode) p.get("path")).remove(0),
        "The inclusion path does not lead to the head's root");
    assertFails(
        genuine, p -> p.put("leafIndex", 4), "The inclusion path does not lead to the head's root");
    // the head: its signature, its root, its size, another notary's signature
    assertFails(
        genuine,
        p -> head(p).put("signature", flipped(head(p).get("signature").asText())),
        "The tree head is not signed by the trust anchor");
    assertFails(
        genuine,
        p -> head(p).put("rootHash", b64(MerkleTree.root(leaves.subList(0, 10)))),
        "The tree head is not signed by the trust anchor");
    assertFails(
        genuine,
        p -> p.put("treeSize", 10),
        "The document's tree size 10 is not the signed head's size 11");
    KeyPair forger = ed25519();
    assertFails(
        genuine,
        p -> {
          TreeHead forged = head(11, forger);
          p.set("treeHead", LogProof.documentHead(forged));
        },
        "not the trust anchor");
  }

  @Test
  void theGenuineConsistencyProofPassesAndATamperedOneFails() throws Exception {
    LogProof.Consistency consistency =
        new LogProof.Consistency(
            head(7, notary), head(11, notary), MerkleTree.consistencyProof(leaves, 7, 11));
    ObjectNode genuine = consistency.toJson();
    assertThat(verify(genuine)).isZero();
    assertThat(output).contains("OK: the signed head of size 11 extends the one of size 7");
    assertThat(independently(genuine)).isEmpty();
    assertFails(
        genuine,
        p -> ((ArrayNode) p.get("path")).set(0, flipped(p.get("path").get(0).asText())),
        "The consistency path does not prove the second head extends the first");
    assertFails(
        genuine,
        p ->
            ((ObjectNode) p.get("first"))
                .put("signature", flipped(p.at("/first/signature").asText())),
        "A tree head is not signed by the trust anchor");
  }

  @Test
  void aFileThatIsNoProofIsRefused() throws Exception {
    ObjectNode notAProof = LedgerJson.mapper().createObjectNode().put("proof", "receipt");
    assertThat(verify(notAProof)).isEqualTo(1);
    assertThat(output).contains("FAILED: not a proof document");
  }

  private String output = "";

  private void assertFails(ObjectNode genuine, Consumer<ObjectNode> tamper, String message)
      throws Exception {
    ObjectNode tampered = genuine.deepCopy();
    tamper.accept(tampered);
    assertThat(verify(tampered)).as(tampered.toString()).isEqualTo(1);
    assertThat(output).contains(message).contains("FAILED");
    assertThat(independently(tampered)).as("independent verifier on " + tampered).isNotEmpty();
  }

  private int verify(ObjectNode proof) throws Exception {
    Path file = Files.writeString(dir.resolve("proof.json"), proof.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    int code =
        VerifyLedger.run(
            new String[] {"--notary-fingerprint", fingerprint, "--proof", file.toString()},
            print,
            print);
    output = out.toString(StandardCharsets.UTF_8);
    return code;
  }

  private List<String> independently(ObjectNode proof) {
    return IndependentProofVerifier.check(proof.toString(), notary.getPublic().getEncoded());
  }

  private ObjectNode inclusion(int index, int size) {
    return new LogProof.Inclusion(
            ids.get(index).toString(),
            index,
            head(size, notary),
            MerkleTree.inclusionPath(leaves, index, size))
        .toJson();
  }

  private TreeHead head(int size, KeyPair key) {
    long timestamp = 1_796_515_200_000L + size;
    byte[] root = MerkleTree.root(leaves.subList(0, size));
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(key.getPrivate());
      signature.update(TreeHead.signedBytes(size, timestamp, root));
      return new TreeHead(size, timestamp, root, key.getPublic(), signature.sign());
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode head(ObjectNode proof) {
    return (ObjectNode) proof.get("treeHead");
  }

  private static String flipped(String base64) {
    byte[] bytes = Base64.getDecoder().decode(base64);
    bytes[3] ^= 0x10;
    return b64(bytes);
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
