package org.cornerstone.cordapp.flows.common;

import java.math.BigDecimal;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.marshalling.JsonMarshallingService;

/**
 * Reads and checks the JSON request body a REST client sent with {@code POST /flow/{holdingId}}.
 */
public final class Requests {

  public static final String MALFORMED_REQUEST = "The request body is not valid JSON for ";
  public static final String FIELD_REQUIRED = "The request needs the field ";
  public static final String NOT_POSITIVE = "The field must be positive: ";
  public static final String NOT_WHOLE =
      "The field must be a whole number of minor units that fits a long: ";
  public static final String REQUEST_ID_TOO_LONG =
      "The requestId must be 1 to 200 characters of [-._A-Za-z0-9].";

  private Requests() {}

  /**
   * Parses the body into {@code type}. Any parse failure (syntax, wrong field type, unknown field)
   * becomes one {@link IllegalArgumentException} with {@link #MALFORMED_REQUEST}, which Corda
   * reports as the flow's failure message.
   */
  public static <T> T parse(ClientRequestBody body, JsonMarshallingService json, Class<T> type) {
    T request;
    try {
      request = body.getRequestBodyAs(json, type);
    } catch (RuntimeException malformed) {
      throw new IllegalArgumentException(MALFORMED_REQUEST + type.getSimpleName(), malformed);
    }
    if (request == null) {
      throw new IllegalArgumentException(MALFORMED_REQUEST + type.getSimpleName());
    }
    return request;
  }

  /** The value of a mandatory text field. */
  public static String required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(FIELD_REQUIRED + field);
    }
    return value;
  }

  /** A mandatory amount in minor units or whole tokens. */
  public static long positive(long value, String field) {
    if (value <= 0) {
      throw new IllegalArgumentException(NOT_POSITIVE + field);
    }
    return value;
  }

  /**
   * A mandatory amount in minor units read as a JSON number: Jackson would silently truncate {@code
   * 12.5} into a {@code long} field, so cash requests read a {@link BigDecimal} and refuse
   * fractions and values beyond a {@code long} here.
   */
  public static long minorUnits(BigDecimal value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(FIELD_REQUIRED + field);
    }
    long units;
    try {
      units = value.longValueExact();
    } catch (ArithmeticException notWhole) {
      throw new IllegalArgumentException(NOT_WHOLE + field, notWhole);
    }
    return positive(units, field);
  }

  /**
   * The request id is the business key the web app also uses as Corda's clientRequestId (e.g.
   * {@code asset-42.transfer.7}). Token claims derive their deduplication id from it, so a retried
   * request claims the same tokens instead of locking a second set.
   */
  public static String requestId(String value) {
    String id = required(value, "requestId");
    if (id.length() > 200 || !id.matches("[-._A-Za-z0-9]+")) {
      throw new IllegalArgumentException(REQUEST_ID_TOO_LONG);
    }
    return id;
  }
}
