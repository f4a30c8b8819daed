package org.cornerstone.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.corda.client.stub.CordaRestStub;

/**
 * What the CorDapp's flows would leave in the vaults, for the Corda-path suite: the stub of the
 * Corda REST API runs no CorDapp, so the suite's flow answers apply each command here (holdings by
 * instrument and holder, free and frozen; cash by holder, currency and bank) and {@code
 * ListHoldingsFlow} answers from it, with the response shapes of the CorDapp's {@code
 * HoldingsResponse}, {@code IssueCashResponse}, {@code DvpResponse}, {@code PayCashResponse},
 * {@code FreezeResponse} and {@code TransferResponse}. A command is applied once per request key
 * ({@code requestId}), as the ledger records a request key once; a command the CorDapp would refuse
 * (too few free tokens or too little cash) fails the flow with the CorDapp's message. The
 * registrar's records ({@code RecordEligibilityFlow}, {@code SetInstrumentPauseFlow}) are kept too,
 * and a transfer or DvP to an investor without an eligibility record, or of a paused instrument,
 * fails as the registrar's responder would refuse it. Each holder's latest acquisition time is kept
 * as the CorDapp stamps it ({@code acquiredAt}: the upper bound of the delivering transaction's
 * time window; a forced transfer keeps the sender's) and reported on every holding row.
 *
 * <p>Like Corda 5.2's vault, the registrar's holdings are also kept as states with the time they
 * were recorded and the time they were consumed (a consumed state stays): one state per holder's
 * free and frozen part, replaced (old consumed, new created) whenever a command changes that part.
 * {@code CapTableAtFlow} answers from them as the CorDapp's named query does: created at or before
 * the record date and not consumed before it. The recording time is the vault's clock, which a test
 * may set ({@link #recordingAt}) to record commands before a record date, as the embedded suite
 * brings the engine's timers forward. {@code PayCashBatchFlow} pays several payees at once.
 */
final class StubVaults {
  static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** instrument → holder → {free, frozen}. */
  private final Map<String, Map<String, long[]>> tokens = new LinkedHashMap<>();

  private final Map<String, String> issuers = new LinkedHashMap<>();

  /** instrument → holder → latest acquiredAt of its holdings. */
  private final Map<String, Map<String, Instant>> acquired = new LinkedHashMap<>();

  /** holder → "currency|bank" → amount in minor units. */
  private final Map<String, Map<String, Long>> cash = new LinkedHashMap<>();

  /** The registrar's eligibility records: investor → request body (RecordEligibilityFlow). */
  private final Map<String, JsonNode> eligibility = new LinkedHashMap<>();

  /** The registrar's paused instruments → reason (SetInstrumentPauseFlow). */
  private final Map<String, String> paused = new LinkedHashMap<>();

  /** requestId → transaction id of the command that recorded it. */
  final Map<String, String> recorded = new LinkedHashMap<>();

  /** A holding state as the registrar's vault keeps it, consumed ones included. */
  private static final class TokenState {
    final String instrumentId;
    final String holder;
    final long quantity;
    final boolean frozen;
    final Instant created;
    Instant consumed;

    TokenState(String instrumentId, String holder, long quantity, boolean frozen, Instant created) {
      this.instrumentId = instrumentId;
      this.holder = holder;
      this.quantity = quantity;
      this.frozen = frozen;
      this.created = created;
    }
  }

  /** Every holding state ever recorded, in recording order. */
  private final List<TokenState> states = new ArrayList<>();

  /** The vault's clock: when a command is recorded (null: now). */
  private Instant recordingAt;

  private final CordaRestStub cluster;
  final Map<String, String> x500ByHash;

  StubVaults(CordaRestStub cluster, Map<String, String> x500ByHash) {
    this.cluster = cluster;
    this.x500ByHash = x500ByHash;
  }

  static String transactionId(String requestId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(requestId.getBytes(StandardCharsets.UTF_8));
      return "SHA-256:" + HexFormat.of().withUpperCase().formatHex(digest);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The X.500 name of the node the flow with this request body was started on. */
  String nodeOf(JsonNode body) {
    String requestId = body.path("requestId").asText();
    for (CordaRestStub.StartedFlow f : cluster.startedFlows()) {
      if (f.requestBody().path("requestId").asText().equals(requestId)) {
        return x500ByHash.get(f.holdingIdentityShortHash());
      }
    }
    throw new IllegalStateException("No flow started with request " + requestId);
  }

  /**
   * Records the following commands as at {@code at} (null: as they happen), as if the registrar's
   * node had recorded them then.
   */
  synchronized void recordingAt(Instant at) {
    recordingAt = at;
  }

  private Instant now() {
    return recordingAt == null ? Instant.now() : recordingAt;
  }

  /**
   * The holding states of the instrument after a command: each holder's free and frozen part whose
   * quantity changed is consumed and recorded anew (as the CorDapp's transactions consume and
   * create them), at the vault's clock.
   */
  void restate(String instrumentId) {
    Instant at = now();
    Map<String, long[]> current = tokens.getOrDefault(instrumentId, Map.of());
    Map<List<Object>, TokenState> live = new LinkedHashMap<>();
    for (TokenState state : states) {
      if (state.consumed == null && state.instrumentId.equals(instrumentId)) {
        live.put(List.of(state.holder, state.frozen), state);
      }
    }
    Set<List<Object>> parts = new HashSet<>(live.keySet());
    for (String holder : current.keySet()) {
      parts.add(List.of(holder, false));
      parts.add(List.of(holder, true));
    }
    for (List<Object> part : parts) {
      String holder = (String) part.get(0);
      boolean frozen = (Boolean) part.get(1);
      long[] q = current.get(holder);
      long quantity = q == null ? 0 : q[frozen ? 1 : 0];
      TokenState was = live.get(part);
      if (was != null && was.quantity == quantity) {
        continue;
      }
      if (was != null) {
        was.consumed = at;
      }
      if (quantity > 0) {
        states.add(new TokenState(instrumentId, holder, quantity, frozen, at));
      }
    }
  }

  /**
   * CapTableAtFlow on the registrar's node: the instrument's holding states created at or before
   * the record date and not consumed before it (Corda's {@code created <= limit} and {@code
   * consumed IS NULL OR consumed >= limit}), with the frozen flag each had.
   */
  synchronized JsonNode capTable(JsonNode body) {
    String instrumentId = body.path("instrumentId").asText();
    Instant recordDate = Instant.parse(body.path("recordDate").asText());
    ObjectNode result = JSON.objectNode();
    result.put("instrumentId", instrumentId);
    result.put("recordDate", recordDate.toString());
    ArrayNode rows = result.putArray("holdings");
    int n = 0;
    for (TokenState state : states) {
      if (state.instrumentId.equals(instrumentId)
          && !state.created.isAfter(recordDate)
          && (state.consumed == null || !state.consumed.isBefore(recordDate))) {
        rows.addObject()
            .put("stateRef", transactionId(instrumentId + state.created) + ":" + n++)
            .put("instrumentId", instrumentId)
            .put("holder", state.holder)
            .put("issuer", issuers.getOrDefault(instrumentId, ""))
            .put("quantity", state.quantity)
            .put("frozen", state.frozen)
            .put("acquiredAt", acquiredAt(instrumentId, state.holder));
      }
    }
    return result;
  }

  synchronized Optional<String> recordedTransaction(String requestId) {
    return Optional.ofNullable(recorded.get(requestId));
  }

  synchronized long quantity(String instrumentId, String holder) {
    long[] q = tokens.getOrDefault(instrumentId, Map.of()).get(holder);
    return q == null ? 0 : q[0] + q[1];
  }

  synchronized long frozen(String instrumentId, String holder) {
    long[] q = tokens.getOrDefault(instrumentId, Map.of()).get(holder);
    return q == null ? 0 : q[1];
  }

  synchronized long cash(String holder, String currency, String bank) {
    return cash.getOrDefault(holder, Map.of()).getOrDefault(currency + "|" + bank, 0L);
  }

  /** IssueAssetFlow on the issuer's node: every allocation becomes a holding. */
  synchronized JsonNode issueAsset(JsonNode body) {
    String requestId = body.path("requestId").asText();
    String instrumentId = body.path("instrumentId").asText(body.path("assetId").asText());
    if (!recorded.containsKey(requestId)) {
      issuers.put(instrumentId, nodeOf(body));
      for (JsonNode a : body.path("allocations")) {
        add(instrumentId, a.path("holder").asText(), a.path("quantity").asLong());
        acquire(instrumentId, a.path("holder").asText(), Instant.now().plus(Duration.ofHours(1)));
      }
      restate(instrumentId);
      recorded.put(requestId, transactionId(requestId));
    }
    long issued = 0;
    for (JsonNode a : body.path("allocations")) {
      issued += a.path("quantity").asLong();
    }
    return JSON.objectNode()
        .put("transactionId", recorded.get(requestId))
        .put("assetId", body.path("assetId").asText())
        .put("instrumentId", instrumentId)
        .put("issuedQuantity", issued);
  }

  /** IssueCashFlow on the settlement bank's node. */
  synchronized JsonNode issueCash(JsonNode body) {
    String requestId = body.path("requestId").asText();
    String holder = body.path("holder").asText();
    long amount = body.path("amount").asLong();
    if (!recorded.containsKey(requestId)) {
      addCash(holder, body.path("currency").asText(), nodeOf(body), amount);
      recorded.put(requestId, transactionId(requestId));
    }
    return JSON.objectNode()
        .put("transactionId", recorded.get(requestId))
        .put("instrumentId", body.path("instrumentId").asText())
        .put("currency", body.path("currency").asText())
        .put("amount", amount)
        .put("holder", holder);
  }

  /** SettleDvpFlow on the seller's node: both legs or neither. */
  synchronized JsonNode settleDvp(JsonNode body) {
    String requestId = body.path("requestId").asText();
    String instrumentId = body.path("instrumentId").asText();
    long quantity = body.path("quantity").asLong();
    String buyer = body.path("buyer").asText();
    String currency = body.path("currency").asText();
    String bank = body.path("settlementBank").asText();
    long price = body.path("price").asLong();
    if (!recorded.containsKey(requestId)) {
      String seller = nodeOf(body);
      if (!eligibility.containsKey(buyer)) {
        // the registrar's responder refuses to sign (TransferRuleCheck.RECIPIENT_NOT_ELIGIBLE)
        throw new IllegalStateException(
            "RECIPIENT_NOT_ELIGIBLE: no eligibility record of " + buyer);
      }
      if (free(instrumentId, seller) < quantity) {
        throw new IllegalStateException(
            "Insufficient tokens: the holder does not have enough unfrozen holdings of "
                + instrumentId);
      }
      if (cash(buyer, currency, bank) < price) {
        throw new IllegalStateException(
            "Insufficient cash: the buyer does not have enough cash of " + currency);
      }
      add(instrumentId, seller, -quantity);
      add(instrumentId, buyer, quantity);
      acquire(instrumentId, buyer, Instant.now().plus(Duration.ofMinutes(1)));
      addCash(buyer, currency, bank, -price);
      addCash(seller, currency, bank, price);
      restate(instrumentId);
      recorded.put(requestId, transactionId(requestId));
    }
    return JSON.objectNode()
        .put("transactionId", recorded.get(requestId))
        .put("instrumentId", instrumentId)
        .put("quantity", quantity)
        .put("buyer", buyer)
        .put("currency", currency)
        .put("price", price);
  }

  /**
   * PayCashFlow on the payer's node: {@code amount} of the bank's cash to the payee, the change
   * stays with the payer (the vault keeps one balance per holder, currency and bank, so the change
   * reported is what the payer has left). Refused as the flow refuses it: a payee that is not a
   * member, the payer itself, or too little cash.
   */
  synchronized JsonNode payCash(JsonNode body) {
    String requestId = body.path("requestId").asText();
    String currency = body.path("currency").asText();
    String bank = body.path("issuer").asText();
    String payee = body.path("payee").asText();
    long amount = body.path("amount").asLong();
    String payer = nodeOf(body);
    if (!recorded.containsKey(requestId)) {
      if (!x500ByHash.containsValue(payee)) {
        throw new IllegalArgumentException("Unknown party: " + payee); // Parties.UNKNOWN_PARTY
      }
      if (payee.equals(payer)) {
        throw new IllegalArgumentException("The payee must differ from the payer.");
      }
      if (cash(payer, currency, bank) < amount) {
        throw new IllegalStateException(
            "Insufficient cash: the payer does not have enough unspent cash to pay of " + currency);
      }
      addCash(payer, currency, bank, -amount);
      addCash(payee, currency, bank, amount);
      recorded.put(requestId, transactionId(requestId));
    }
    return JSON.objectNode()
        .put("transactionId", recorded.get(requestId))
        .put("instrumentId", body.path("instrumentId").asText())
        .put("currency", currency)
        .put("payee", payee)
        .put("paidAmount", amount)
        .put("change", cash(payer, currency, bank));
  }

  /**
   * PayCashBatchFlow on the payer's node: every payee its amount of the bank's cash in one
   * transaction, or nobody (refused as the flow refuses it: no payees, a payee that is not a
   * member, the payer itself or twice, or too little cash for the total).
   */
  synchronized JsonNode payCashBatch(JsonNode body) {
    String requestId = body.path("requestId").asText();
    String currency = body.path("currency").asText();
    String bank = body.path("issuer").asText();
    String payer = nodeOf(body);
    JsonNode payees = body.path("payees");
    long total = 0;
    Set<String> seen = new HashSet<>();
    for (JsonNode p : payees) {
      String payee = p.path("payee").asText();
      if (!x500ByHash.containsValue(payee)) {
        throw new IllegalArgumentException("Unknown party: " + payee); // Parties.UNKNOWN_PARTY
      }
      if (payee.equals(payer)) {
        throw new IllegalArgumentException("The payee must differ from the payer.");
      }
      if (!seen.add(payee)) {
        throw new IllegalArgumentException("Each payee appears once in a batch payment.");
      }
      total = Math.addExact(total, p.path("amount").asLong());
    }
    if (seen.isEmpty()) {
      throw new IllegalArgumentException("A batch payment needs at least one payee.");
    }
    if (!recorded.containsKey(requestId)) {
      if (cash(payer, currency, bank) < total) {
        throw new IllegalStateException(
            "Insufficient cash: the payer does not have enough unspent cash to pay of " + currency);
      }
      for (JsonNode p : payees) {
        addCash(payer, currency, bank, -p.path("amount").asLong());
        addCash(p.path("payee").asText(), currency, bank, p.path("amount").asLong());
      }
      recorded.put(requestId, transactionId(requestId));
    }
    return JSON.objectNode()
        .put("transactionId", recorded.get(requestId))
        .put("instrumentId", body.path("instrumentId").asText())
        .put("currency", currency)
        .put("payees", seen.size())
        .put("paidAmount", total)
        .put("change", cash(payer, currency, bank));
  }

  /** FreezeHoldingFlow on the registrar's node: the quantity given, or the whole free holding. */
  synchronized JsonNode freeze(JsonNode body) {
    String requestId = body.path("requestId").asText();
    String instrumentId = body.path("instrumentId").asText();
    String holder = body.path("holder").asText();
    long free = free(instrumentId, holder);
    long quantity = body.has("quantity") ? body.path("quantity").asLong() : free;
    if (!recorded.containsKey(requestId)) {
      if (quantity > free || quantity <= 0) {
        throw new IllegalStateException("No unfrozen holding of " + quantity + " to freeze");
      }
      long[] q = tokens.get(instrumentId).get(holder);
      q[0] -= quantity;
      q[1] += quantity;
      restate(instrumentId);
      recorded.put(requestId, transactionId(requestId));
    }
    return JSON.objectNode()
        .put("transactionId", recorded.get(requestId))
        .put("instrumentId", instrumentId)
        .put("holder", holder)
        .put("quantity", quantity)
        .put("frozen", true);
  }

  /** TransferTokensFlow on the sender's node: free tokens only (a frozen holding cannot move). */
  synchronized JsonNode transfer(JsonNode body) {
    String requestId = body.path("requestId").asText();
    String instrumentId = body.path("instrumentId").asText();
    String receiver = body.path("receiver").asText();
    long quantity = body.path("quantity").asLong();
    if (!recorded.containsKey(requestId)) {
      String sender = nodeOf(body);
      if (!eligibility.containsKey(receiver)) {
        throw new IllegalStateException(
            "RECIPIENT_NOT_ELIGIBLE: no eligibility record of " + receiver);
      }
      if (paused.containsKey(instrumentId)) {
        // the registrar's responder refuses to sign (TransferRuleCheck.INSTRUMENT_PAUSED)
        throw new IllegalStateException(
            "INSTRUMENT_PAUSED: " + instrumentId + " is paused: " + paused.get(instrumentId));
      }
      if (free(instrumentId, sender) < quantity) {
        throw new IllegalStateException(
            "Insufficient tokens: the holder does not have enough unfrozen holdings of "
                + instrumentId);
      }
      add(instrumentId, sender, -quantity);
      add(instrumentId, receiver, quantity);
      acquire(instrumentId, receiver, Instant.now().plus(Duration.ofMinutes(1)));
      restate(instrumentId);
      recorded.put(requestId, transactionId(requestId));
    }
    return JSON.objectNode()
        .put("transactionId", recorded.get(requestId))
        .put("instrumentId", instrumentId)
        .put("receiver", receiver)
        .put("quantity", quantity);
  }

  /**
   * ForcedTransferFlow on the registrar's node: frozen holdings may move; with {@code carryFreeze}
   * (a recovery) the frozen tokens move first and stay frozen on the receiver, in the one
   * transaction; without it the moved tokens arrive unfrozen. The receiver keeps the sender's
   * acquisition time. Not refused by a pause (it is the registrar's own command).
   */
  synchronized JsonNode forcedTransfer(JsonNode body) {
    String requestId = body.path("requestId").asText();
    String instrumentId = body.path("instrumentId").asText();
    String holder = body.path("holder").asText();
    String receiver = body.path("receiver").asText();
    long quantity = body.path("quantity").asLong();
    if (!recorded.containsKey(requestId)) {
      long[] from = tokens.getOrDefault(instrumentId, Map.of()).get(holder);
      if (from == null || from[0] + from[1] < quantity || quantity <= 0) {
        throw new IllegalStateException(
            "Insufficient tokens: the holder does not have enough holdings of " + instrumentId);
      }
      boolean carry = body.path("carryFreeze").asBoolean(false);
      long frozenMoved = carry ? Math.min(from[1], quantity) : Math.max(0, quantity - from[0]);
      long freeMoved = quantity - frozenMoved;
      if (freeMoved > from[0]) {
        throw new IllegalStateException("Insufficient unfrozen tokens to carry the rest");
      }
      from[0] -= freeMoved;
      from[1] -= frozenMoved;
      long[] to =
          tokens
              .computeIfAbsent(instrumentId, k -> new LinkedHashMap<>())
              .computeIfAbsent(receiver, k -> new long[2]);
      to[0] = Math.addExact(to[0], carry ? freeMoved : quantity);
      to[1] = Math.addExact(to[1], carry ? frozenMoved : 0);
      Instant kept = acquired.getOrDefault(instrumentId, Map.of()).get(holder);
      if (kept != null) {
        acquire(instrumentId, receiver, kept);
      }
      restate(instrumentId);
      recorded.put(requestId, transactionId(requestId));
    }
    return JSON.objectNode()
        .put("transactionId", recorded.get(requestId))
        .put("instrumentId", instrumentId)
        .put("receiver", receiver)
        .put("quantity", quantity);
  }

  /** RecordEligibilityFlow on the registrar's node: the investor's record (or its revocation). */
  synchronized JsonNode recordEligibility(JsonNode body) {
    String requestId = body.path("requestId").asText();
    String investor = body.path("investor").asText();
    if (!recorded.containsKey(requestId)) {
      if (body.path("eligible").asBoolean()) {
        eligibility.put(investor, body);
      } else {
        eligibility.remove(investor);
      }
      recorded.put(requestId, transactionId(requestId));
    }
    return JSON.objectNode()
        .put("transactionId", recorded.get(requestId))
        .put("investor", investor)
        .put("eligible", body.path("eligible").asBoolean())
        .put("recorded", true);
  }

  synchronized Optional<JsonNode> eligibility(String investor) {
    return Optional.ofNullable(eligibility.get(investor));
  }

  /** SetInstrumentPauseFlow on the registrar's node: pauses or resumes the instrument. */
  synchronized JsonNode setPause(JsonNode body) {
    String requestId = body.path("requestId").asText();
    String instrumentId = body.path("instrumentId").asText();
    if (!recorded.containsKey(requestId)) {
      if (body.path("paused").asBoolean()) {
        paused.put(instrumentId, body.path("reason").asText());
      } else {
        paused.remove(instrumentId);
      }
      recorded.put(requestId, transactionId(requestId));
    }
    return JSON.objectNode()
        .put("transactionId", recorded.get(requestId))
        .put("instrumentId", instrumentId)
        .put("paused", body.path("paused").asBoolean())
        .put("recorded", true);
  }

  synchronized boolean paused(String instrumentId) {
    return paused.containsKey(instrumentId);
  }

  /**
   * ListHoldingsFlow: a holder's holdings and cash (on its node, {@code holder} set) or every
   * holding of an instrument (on the registrar's node, {@code instrumentId} set), one row per
   * unfrozen and per frozen part, as the vault holds separate states.
   */
  synchronized JsonNode holdings(JsonNode body) {
    String holder = body.path("holder").asText(null);
    String instrumentId = body.path("instrumentId").asText(null);
    ObjectNode result = JSON.objectNode();
    result.put("holder", holder);
    result.put("instrumentId", instrumentId);
    ArrayNode rows = result.putArray("holdings");
    int n = 0;
    for (var byInstrument : tokens.entrySet()) {
      if (instrumentId != null && !instrumentId.equals(byInstrument.getKey())) {
        continue;
      }
      for (var h : byInstrument.getValue().entrySet()) {
        if (holder != null && !holder.equals(h.getKey())) {
          continue;
        }
        for (int frozen = 0; frozen < 2; frozen++) {
          long q = h.getValue()[frozen];
          if (q > 0) {
            rows.addObject()
                .put("stateRef", transactionId(byInstrument.getKey()) + ":" + n++)
                .put("instrumentId", byInstrument.getKey())
                .put("holder", h.getKey())
                .put("issuer", issuers.getOrDefault(byInstrument.getKey(), ""))
                .put("quantity", q)
                .put("frozen", frozen == 1)
                .put("acquiredAt", acquiredAt(byInstrument.getKey(), h.getKey()));
          }
        }
      }
    }
    ArrayNode money = result.putArray("cash");
    for (var byHolder : cash.entrySet()) {
      if (holder != null && !holder.equals(byHolder.getKey())) {
        continue;
      }
      for (var c : byHolder.getValue().entrySet()) {
        if (c.getValue() > 0) {
          String[] key = c.getKey().split("\\|", 2);
          money
              .addObject()
              .put("stateRef", transactionId(c.getKey()) + ":" + n++)
              .put("currency", key[0])
              .put("holder", byHolder.getKey())
              .put("issuer", key[1])
              .put("amount", c.getValue());
        }
      }
    }
    return result;
  }

  private String acquiredAt(String instrumentId, String holder) {
    Instant at = acquired.getOrDefault(instrumentId, Map.of()).get(holder);
    return at == null ? null : at.toString();
  }

  void acquire(String instrumentId, String holder, Instant at) {
    acquired
        .computeIfAbsent(instrumentId, k -> new LinkedHashMap<>())
        .merge(holder, at, (a, b) -> a.isAfter(b) ? a : b);
  }

  long free(String instrumentId, String holder) {
    long[] q = tokens.getOrDefault(instrumentId, Map.of()).get(holder);
    return q == null ? 0 : q[0];
  }

  void add(String instrumentId, String holder, long quantity) {
    long[] q =
        tokens
            .computeIfAbsent(instrumentId, k -> new LinkedHashMap<>())
            .computeIfAbsent(holder, k -> new long[2]);
    q[0] = Math.addExact(q[0], quantity);
  }

  private void addCash(String holder, String currency, String bank, long amount) {
    cash.computeIfAbsent(holder, k -> new LinkedHashMap<>())
        .merge(currency + "|" + bank, amount, Math::addExact);
  }
}
