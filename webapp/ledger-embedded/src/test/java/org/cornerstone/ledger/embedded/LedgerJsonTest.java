package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateRef;
import org.junit.jupiter.api.Test;

class LedgerJsonTest {

  private static final MemberX500Name AUTHOR = MemberX500Name.parse("O=Author, L=Bern, C=CH");

  private final PublicKey key = newKey();

  @Test
  void equalStatesGiveEqualBytesWhateverTheMapInsertionOrder() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("b", "2");
    ab.put("a", "1");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("a", "1");
    ba.put("b", "2");
    Instant at = Instant.parse("2026-01-02T03:04:05.678Z");

    byte[] first = canonical(new TestNoteState("z", AUTHOR, key, new BigDecimal("10.50"), at, ab));
    byte[] second = canonical(new TestNoteState("z", AUTHOR, key, new BigDecimal("10.50"), at, ba));

    assertThat(first).isEqualTo(second);
    assertThat(canonical(new TestNoteState("z", AUTHOR, key, new BigDecimal("10.51"), at, ab)))
        .isNotEqualTo(first);
  }

  @Test
  void propertiesAreSortedAtEveryDepth() {
    JsonNode tree =
        LedgerJson.toTree(
            new TestNoteState(
                "z", AUTHOR, key, BigDecimal.ONE, Instant.EPOCH, Map.of("y", "1", "x", "2")));
    JsonNode reparsed = LedgerJson.parse(LedgerJson.canonicalBytes(tree));

    assertThat(namesOf(reparsed)).isSorted();
    assertThat(namesOf(reparsed.get("attributes"))).isSorted().containsExactly("x", "y");
    assertThat(LedgerJson.canonicalString(tree)).startsWith("{\"amount\":").doesNotContain("\n");
  }

  @Test
  void cordaTypesRoundTripAsStrings() {
    Instant at = Instant.parse("2026-05-06T07:08:09Z");
    TestNoteState note =
        new TestNoteState("z", AUTHOR, key, new BigDecimal("0.001"), at, Map.of("k", "v"));

    JsonNode tree = LedgerJson.toTree(note);

    assertThat(tree.get("holder").asText()).isEqualTo(LedgerJson.encodeKey(key));
    assertThat(tree.get("author").asText()).isEqualTo(AUTHOR.toString());
    assertThat(LedgerJson.fromTree(tree, TestNoteState.class)).isEqualTo(note);
  }

  @Test
  void decimalsKeepTheirScaleThroughStoredBytes() {
    TestNoteState note =
        new TestNoteState("z", AUTHOR, key, new BigDecimal("12.30"), Instant.EPOCH, Map.of());

    JsonNode reparsed = LedgerJson.parse(LedgerJson.canonicalBytes(LedgerJson.toTree(note)));

    assertThat(LedgerJson.fromTree(reparsed, TestNoteState.class).amount().scale()).isEqualTo(2);
  }

  @Test
  void stateRefsAndHashesRoundTrip() {
    LedgerHash hash = LedgerHash.sha256("some content".getBytes(StandardCharsets.UTF_8));
    StateRef ref = new StateRef(hash, 7);

    assertThat(LedgerJson.decodeStateRef(LedgerJson.encodeStateRef(ref))).isEqualTo(ref);
    assertThat(LedgerHash.parse(hash.toString())).isEqualTo(hash);
    assertThat(hash.toString()).startsWith("SHA-256:");
  }

  @Test
  void hashIsTheSha256OfTheContent() throws Exception {
    byte[] content = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    byte[] expected = MessageDigest.getInstance("SHA-256").digest(content);

    assertThat(LedgerHash.sha256(content).toHexString())
        .isEqualToIgnoringCase(HexFormat.of().formatHex(expected));
  }

  @Test
  void keysDecodeToEqualKeys() {
    assertThat(LedgerJson.decodeKey(LedgerJson.encodeKey(key))).isEqualTo(key);
    assertThatThrownBy(() -> LedgerJson.decodeKey(new byte[] {1, 2, 3}))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith(LedgerException.ENCODING_FAILURE);
  }

  private static byte[] canonical(Object value) {
    return LedgerJson.canonicalBytes(LedgerJson.toTree(value));
  }

  private static List<String> namesOf(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static PublicKey newKey() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
