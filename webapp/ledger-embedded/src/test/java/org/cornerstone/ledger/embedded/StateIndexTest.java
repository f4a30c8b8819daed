package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;

/** What the vault indexes of a state: its instrument id and its holder's key. */
class StateIndexTest {

  private static final PublicKey ISSUER = LedgerJsonTest.newKey();
  private static final PublicKey HOLDER = LedgerJsonTest.newKey();

  @Test
  void aTokenIsIndexedByItsInstrumentIdAndHolder() {
    JsonNode state = LedgerJson.toTree(new TestTokenState("instrument-7", ISSUER, HOLDER, 5));

    assertThat(StateIndex.instrumentId(state)).isEqualTo("instrument-7");
    assertThat(StateIndex.holderKey(state)).isEqualTo(LedgerJson.encodeKey(HOLDER));
  }

  @Test
  void anAssetIdIsNotAnInstrumentIdAndObjectsAreNotIndexed() {
    assertThat(StateIndex.instrumentId(LedgerJson.parse(bytes("{\"assetId\":\"a-1\"}")))).isNull();
    assertThat(StateIndex.instrumentId(LedgerJson.parse(bytes("{\"instrumentId\":null}"))))
        .isNull();
    assertThat(StateIndex.instrumentId(LedgerJson.parse(bytes("{\"instrumentId\":{\"x\":1}}"))))
        .isNull();
  }

  @Test
  void aHolderThatIsNotAKeyIsNotIndexedAndHolderKeyWinsOverHolder() {
    String key = LedgerJson.encodeKey(HOLDER);
    String other = LedgerJson.encodeKey(ISSUER);

    assertThat(StateIndex.holderKey(LedgerJson.parse(bytes("{\"holder\":\"O=Alice\"}")))).isNull();
    assertThat(
            StateIndex.holderKey(
                LedgerJson.parse(
                    bytes("{\"holder\":\"" + other + "\",\"holderKey\":\"" + key + "\"}"))))
        .isEqualTo(key);
    assertThat(StateIndex.holderKey(LedgerJson.parse(bytes("{\"holder\":\"" + key + "\"}"))))
        .isEqualTo(key);
  }

  private static byte[] bytes(String json) {
    return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
