package org.cornerstone.waterfall;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Path-aware reading of a JSON tree: every refusal names the JSON path and what is wrong. */
final class JsonFields {

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** Rates and ratios: at most this many decimals. */
  static final int MAX_RATE_DECIMALS = 10;

  private JsonFields() {}

  static JsonNode parse(Reader reader, String what) {
    try {
      JsonNode node = MAPPER.readTree(reader);
      if (node == null || node.isMissingNode()) {
        throw new DealFileException("$: the " + what + " is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      String location =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new DealFileException(
          "$: the " + what + " is not valid JSON" + location + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String child(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  static void object(JsonNode node, String path, Set<String> allowed) {
    if (!node.isObject()) {
      throw new DealFileException(label(path) + ": must be an object, got " + describe(node));
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new DealFileException(
            child(path, name)
                + ": unknown field (allowed: "
                + String.join(", ", sorted(allowed))
                + ")");
      }
    }
  }

  private static List<String> sorted(Set<String> names) {
    List<String> list = new ArrayList<>(names);
    list.sort(null);
    return list;
  }

  static String label(String path) {
    return path.isEmpty() ? "$" : path;
  }

  static JsonNode required(JsonNode object, String path, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      throw new DealFileException(child(path, field) + ": is required");
    }
    return value;
  }

  static String text(JsonNode object, String path, String field) {
    JsonNode value = required(object, path, field);
    if (!value.isTextual()) {
      throw new DealFileException(
          child(path, field) + ": must be a string, got " + describe(value));
    }
    String text = value.textValue();
    if (text.isBlank()) {
      throw new DealFileException(child(path, field) + ": must not be blank");
    }
    if (text.length() > 200) {
      throw new DealFileException(child(path, field) + ": must be at most 200 characters");
    }
    return text;
  }

  static <E extends Enum<E>> E enumValue(
      JsonNode object, String path, String field, Class<E> type) {
    String text = text(object, path, field);
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        names.add(constant.name());
      }
      throw new DealFileException(
          child(path, field)
              + ": must be one of "
              + String.join(" | ", names)
              + ", got "
              + quote(text));
    }
  }

  static LocalDate date(JsonNode object, String path, String field) {
    String text = text(object, path, field);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new DealFileException(
          child(path, field) + ": must be a date yyyy-MM-dd, got " + quote(text));
    }
  }

  /** A decimal amount in a JSON string, at most {@code digits} decimals, 0..MAX, as minor units. */
  static long amount(JsonNode object, String path, String field, int digits) {
    String where = child(path, field);
    JsonNode value = required(object, path, field);
    String expected = "must be a decimal amount with at most " + digits + " decimals";
    if (!value.isTextual()) {
      throw new DealFileException(
          where + ": " + expected + " in a JSON string, got " + describe(value));
    }
    String text = value.textValue();
    if (!DECIMAL.matcher(text).matches()) {
      throw new DealFileException(where + ": " + expected + ", got " + quote(text));
    }
    BigDecimal decimal = new BigDecimal(text);
    if (text.startsWith("-")) {
      throw new DealFileException(where + ": must not be negative, got " + quote(text));
    }
    if (decimal.stripTrailingZeros().scale() > digits) {
      throw new DealFileException(where + ": " + expected + ", got " + quote(text));
    }
    BigDecimal minor = decimal.movePointRight(digits);
    if (minor.compareTo(BigDecimal.valueOf(Money.MAX_MINOR)) > 0) {
      throw new DealFileException(
          where
              + ": must be at most "
              + Money.plain(Money.MAX_MINOR, digits)
              + ", got "
              + quote(text));
    }
    return minor.longValueExact();
  }

  /**
   * A decimal rate or ratio in a JSON string, in [min, max], at most MAX_RATE_DECIMALS decimals.
   */
  static BigDecimal ratio(
      JsonNode object, String path, String field, BigDecimal min, BigDecimal max, boolean minOpen) {
    String where = child(path, field);
    JsonNode value = required(object, path, field);
    String expected = "must be a decimal number";
    if (!value.isTextual()) {
      throw new DealFileException(
          where + ": " + expected + " in a JSON string, got " + describe(value));
    }
    String text = value.textValue();
    if (!DECIMAL.matcher(text).matches()) {
      throw new DealFileException(where + ": " + expected + ", got " + quote(text));
    }
    BigDecimal decimal = new BigDecimal(text);
    if (decimal.stripTrailingZeros().scale() > MAX_RATE_DECIMALS) {
      throw new DealFileException(
          where + ": must have at most " + MAX_RATE_DECIMALS + " decimals, got " + quote(text));
    }
    boolean belowMin = minOpen ? decimal.compareTo(min) <= 0 : decimal.compareTo(min) < 0;
    if (belowMin || decimal.compareTo(max) > 0) {
      throw new DealFileException(
          where
              + ": must be "
              + (minOpen ? "greater than " : "at least ")
              + min.toPlainString()
              + " and at most "
              + max.toPlainString()
              + ", got "
              + quote(text));
    }
    return decimal;
  }

  static boolean bool(JsonNode object, String path, String field) {
    JsonNode value = required(object, path, field);
    if (!value.isBoolean()) {
      throw new DealFileException(
          child(path, field) + ": must be true or false, got " + describe(value));
    }
    return value.booleanValue();
  }

  static long integer(JsonNode object, String path, String field, long min, long max) {
    JsonNode value = required(object, path, field);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new DealFileException(
          child(path, field) + ": must be a whole number, got " + describe(value));
    }
    long number = value.longValue();
    if (number < min || number > max) {
      throw new DealFileException(
          child(path, field) + ": must be between " + min + " and " + max + ", got " + number);
    }
    return number;
  }

  static JsonNode array(JsonNode object, String path, String field, boolean nonEmpty) {
    JsonNode value = required(object, path, field);
    if (!value.isArray()) {
      throw new DealFileException(
          child(path, field) + ": must be an array, got " + describe(value));
    }
    if (nonEmpty && value.isEmpty()) {
      throw new DealFileException(child(path, field) + ": must not be empty");
    }
    return value;
  }

  static String describe(JsonNode node) {
    if (node.isTextual()) {
      return "string " + quote(node.textValue());
    }
    if (node.isBigDecimal()) {
      return "number " + node.decimalValue().toPlainString();
    }
    if (node.isNumber()) {
      return "number " + node.asText();
    }
    if (node.isBoolean()) {
      return "boolean " + node.asText();
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isObject()) {
      return "an object";
    }
    return "null";
  }

  static String quote(String text) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
