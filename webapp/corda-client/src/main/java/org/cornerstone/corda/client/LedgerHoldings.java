package org.cornerstone.corda.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of the CorDapp's {@code ListHoldingsFlow} ({@code HoldingsResponse}), read field by
 * field: every unconsumed holding and cash state the queried vault knows, each naming its holder.
 * On the registrar's node, without a holder filter, this is every holder of its instruments.
 *
 * @param holder the holder filter of the request, null when every holder was asked for
 * @param instrumentId the instrument filter of the request, null for every instrument
 */
public record LedgerHoldings(
    String holder, String instrumentId, List<Holding> holdings, List<Cash> cash) {

  /** The CorDapp flow that answers this result. */
  public static final String FLOW_CLASS = "org.cornerstone.cordapp.flows.query.ListHoldingsFlow";

  public LedgerHoldings {
    holdings = List.copyOf(holdings);
    cash = List.copyOf(cash);
  }

  /**
   * {@code quantity} whole tokens of {@code instrumentId} held by {@code holder}, acquired at
   * {@code acquiredAt} (null when unknown: states recorded before the CorDapp stamped it, or a
   * CorDapp that does not report it).
   */
  public record Holding(
      String stateRef,
      String instrumentId,
      String holder,
      String issuer,
      long quantity,
      boolean frozen,
      Instant acquiredAt) {
    public Holding {
      Objects.requireNonNull(instrumentId, "instrumentId");
      Objects.requireNonNull(holder, "holder");
    }

    /** A holding whose acquisition time is unknown. */
    public Holding(
        String stateRef,
        String instrumentId,
        String holder,
        String issuer,
        long quantity,
        boolean frozen) {
      this(stateRef, instrumentId, holder, issuer, quantity, frozen, null);
    }
  }

  /** {@code amount} minor units of {@code currency} held by {@code holder}. */
  public record Cash(String stateRef, String currency, String holder, String issuer, long amount) {
    public Cash {
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(holder, "holder");
    }
  }

  /**
   * Reads the flow's result.
   *
   * @throws CordaMalformedResponseException when a field the flow always writes is missing
   */
  public static LedgerHoldings from(FlowResult result) {
    String where = "/flow/" + result.holdingIdentityShortHash() + "/" + result.clientRequestId();
    JsonNode root = result.result();
    if (root == null || !root.isObject()) {
      throw malformed(where, "the ListHoldingsFlow result is not a JSON object");
    }
    List<Holding> holdings = new ArrayList<>();
    for (JsonNode h : array(root, "holdings", where)) {
      holdings.add(
          new Holding(
              text(h, "stateRef", where),
              text(h, "instrumentId", where),
              text(h, "holder", where),
              text(h, "issuer", where),
              number(h, "quantity", where),
              bool(h, "frozen", where),
              optionalInstant(h, "acquiredAt", where)));
    }
    List<Cash> cash = new ArrayList<>();
    for (JsonNode c : array(root, "cash", where)) {
      cash.add(
          new Cash(
              text(c, "stateRef", where),
              text(c, "currency", where),
              text(c, "holder", where),
              text(c, "issuer", where),
              number(c, "amount", where)));
    }
    return new LedgerHoldings(
        optionalText(root, "holder"), optionalText(root, "instrumentId"), holdings, cash);
  }

  private static JsonNode array(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isArray()) {
      throw malformed(where, "no '" + field + "' array in the ListHoldingsFlow result");
    }
    return v;
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw malformed(where, "missing text field '" + field + "' in the ListHoldingsFlow result");
    }
    return v.asText();
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Instant optionalInstant(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    try {
      return Instant.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw malformed(
          where, "'" + field + "' is not an ISO-8601 instant in the ListHoldingsFlow result");
    }
  }

  private static long number(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
      throw malformed(where, "missing whole number '" + field + "' in the ListHoldingsFlow result");
    }
    return v.asLong();
  }

  private static boolean bool(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || !v.isBoolean()) {
      throw malformed(where, "missing boolean '" + field + "' in the ListHoldingsFlow result");
    }
    return v.asBoolean();
  }

  private static CordaMalformedResponseException malformed(String where, String problem) {
    return new CordaMalformedResponseException("GET", where, problem, null);
  }
}
