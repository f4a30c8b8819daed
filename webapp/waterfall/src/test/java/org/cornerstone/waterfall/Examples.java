package org.cornerstone.waterfall;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** The example deal files under src/test/resources/examples, as loaded or changed for a test. */
final class Examples {
  static final String SEQUENTIAL = "sequential-deal.json";
  static final String PRO_RATA = "pro-rata-deal.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Examples() {}

  static String text(String file) {
    try (InputStream in = Examples.class.getResourceAsStream("/examples/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Deal deal(String file) {
    return DealFileReader.read(text(file));
  }

  /** The example file as JSON with a change applied, e.g. a field removed or set. */
  static String changed(String file, Consumer<ObjectNode> change) {
    try {
      ObjectNode root = (ObjectNode) MAPPER.readTree(text(file));
      change.accept(root);
      return MAPPER.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Deal dealChanged(String file, Consumer<ObjectNode> change) {
    return DealFileReader.read(changed(file, change));
  }

  static ObjectNode tranche(ObjectNode root, int index) {
    return (ObjectNode) root.get("tranches").get(index);
  }

  static ObjectNode trigger(ObjectNode root, int index) {
    return (ObjectNode) root.get("triggers").get(index);
  }

  /** Collections in major units as written in a servicer report, e.g. "70000.00". */
  static PeriodCollections collections(
      int period, String interest, String principal, String recoveries, String losses) {
    return new PeriodCollections(
        period, minor(interest), minor(principal), minor(recoveries), minor(losses));
  }

  static long minor(String amount) {
    return new java.math.BigDecimal(amount).movePointRight(2).longValueExact();
  }
}
