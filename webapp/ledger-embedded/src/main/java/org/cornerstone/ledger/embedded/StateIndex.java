package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The state properties the vault indexes, read from a state's canonical JSON: the holder's key
 * (column {@code holder_key}) and the instrument id (column {@code instrument_id}). Written with
 * each output and re-derived by the audit, so both sides use this one rule.
 */
final class StateIndex {

  /**
   * The state properties indexed as the holder's key, first present wins: {@code holderKey} (as in
   * the CorDapp's states), else {@code holder} when it is a public key.
   */
  static final List<String> HOLDER_PROPERTIES = List.of("holderKey", "holder");

  /** The state property indexed as the instrument id. */
  static final String INSTRUMENT_ID_PROPERTY = "instrumentId";

  private StateIndex() {}

  /** The holder key to index (base64 X.509), or null if the state names no holder key. */
  static String holderKey(JsonNode state) {
    for (String property : HOLDER_PROPERTIES) {
      String value = value(state, property);
      if (value != null) {
        return isEncodedKey(value) ? value : null;
      }
    }
    return null;
  }

  /** The instrument id to index, or null if the state has none. */
  static String instrumentId(JsonNode state) {
    return value(state, INSTRUMENT_ID_PROPERTY);
  }

  private static boolean isEncodedKey(String value) {
    try {
      LedgerJson.decodeKey(value);
      return true;
    } catch (RuntimeException notAKey) {
      return false;
    }
  }

  private static String value(JsonNode state, String property) {
    JsonNode value = state.get(property);
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
  }
}
