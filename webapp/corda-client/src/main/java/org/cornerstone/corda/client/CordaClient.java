package org.cornerstone.corda.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * A typed client of the Corda 5.2 REST API ({@code /api/v5_2}): starts flows on a holding identity
 * and polls them to a final status with exponential backoff and a deadline, lists virtual nodes and
 * group members. Basic authentication; TLS with a PKCS12 trust store or the JDK default.
 *
 * <p>Idempotence: a start with a client request id Corda already knows answers 409; the client then
 * waits for the existing flow instead of starting a second one ({@link FlowResult#resumed()}).
 * Corda 5.2 forgets a final flow status seven days after its last update, so a ledger-changing step
 * should go through {@link #runFlowOnce}, which asks the ledger (a query flow) before it starts a
 * flow whose status it cannot find.
 *
 * <p>Behaviour of a real 5.2 server the client allows for: the status of a flow is published
 * asynchronously, so a lookup right after the 202 can answer 404 (retried for {@link
 * #STATUS_PUBLICATION_GRACE}); the standard {@code FlowExecutorRole} does not allow {@code GET
 * .../result} (403), so the result is then read from the status body; a virtual node in maintenance
 * answers 405 to a start ({@link CordaVirtualNodeInactiveException}).
 *
 * <p>Every failure is a {@link CordaClientException}; {@link CordaClientException#isRetriable()}
 * says whether trying again later may help. Thread-safe.
 */
public final class CordaClient {
  private static final String GET = "GET";
  private static final String POST = "POST";
  private static final int MAX_ERROR_TEXT = 300;

  /**
   * How long a status lookup answering 404 right after Corda accepted the start (202) is taken as
   * "not yet published" rather than "gone". Bounded further by the flow deadline.
   */
  public static final Duration STATUS_PUBLICATION_GRACE = Duration.ofSeconds(30);

  /** How many client request ids {@link #runFlowOnce} tries for one request key. */
  public static final int MAX_ATTEMPTS = 20;

  /** Arguments: request key, attempts. */
  public static final String TOO_MANY_ATTEMPTS = "Gave up on %s after %d failed Corda flows";

  private final CordaClientConfig config;
  private final Clock clock;
  private final Sleeper sleeper;
  private final ObjectMapper json;
  private final HttpClient http;
  private final URI api;
  private final String authorization;
  private final java.util.concurrent.atomic.AtomicBoolean resultEndpointForbidden =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** A client on the system clock that really sleeps between polls. */
  public CordaClient(CordaClientConfig config) {
    this(config, Clock.systemUTC(), Sleeper.threadSleep());
  }

  public CordaClient(CordaClientConfig config, Clock clock, Sleeper sleeper) {
    this(config, clock, sleeper, new ObjectMapper());
  }

  /**
   * @param json the mapper that turns request bodies into JSON (pass the application's, with its
   *     modules, e.g. for java.time)
   */
  public CordaClient(CordaClientConfig config, Clock clock, Sleeper sleeper, ObjectMapper json) {
    this.config = Objects.requireNonNull(config, "config");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.json = Objects.requireNonNull(json, "json");
    this.api = config.apiBase();
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (config.user() + ":" + config.password()).getBytes(StandardCharsets.UTF_8));
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.requestTimeout())
            .sslContext(TrustStores.sslContext(config))
            .build();
  }

  public CordaClientConfig config() {
    return config;
  }

  // ---------------------------------------------------------------- holding identities

  /**
   * The short hash of the organisation's virtual node, from the configured mapping.
   *
   * @throws CordaUnknownHoldingIdentityException when the organisation is not configured
   */
  public String shortHashOf(String organisationX500Name) {
    return config
        .holdingIdentities()
        .shortHashOf(organisationX500Name)
        .orElseThrow(
            () ->
                new CordaUnknownHoldingIdentityException(
                    String.format(
                        CordaUnknownHoldingIdentityException.NOT_MAPPED, organisationX500Name)));
  }

  // ---------------------------------------------------------------- flows

  /**
   * Starts a flow, or finds the existing one when Corda answers 409 for this client request id.
   * Does not wait.
   */
  public FlowStart startFlow(
      String holdingIdentityShortHash,
      ClientRequestId clientRequestId,
      String flowClassName,
      Object requestBody) {
    String hash = HoldingIdentityMap.requireShortHash(holdingIdentityShortHash);
    Objects.requireNonNull(clientRequestId, "clientRequestId");
    Objects.requireNonNull(flowClassName, "flowClassName");
    Objects.requireNonNull(requestBody, "requestBody");
    ObjectNode body = json.createObjectNode();
    body.put("clientRequestId", clientRequestId.value());
    body.put("flowClassName", flowClassName);
    body.set("requestBody", json.valueToTree(requestBody));
    String path = "/flow/" + hash;
    HttpResponse<String> response = send(POST, path, body.toString());
    int status = response.statusCode();
    if (status == 200 || status == 201 || status == 202) {
      return new FlowStart(flowState(POST, path, parse(POST, path, response.body())), false);
    }
    if (status == 409) {
      FlowState existing =
          findFlow(hash, clientRequestId)
              .orElseThrow(() -> flowVanished(clientRequestId.value(), hash));
      return new FlowStart(existing, true);
    }
    if (status == 404) {
      throw unknownHoldingIdentity(hash, response);
    }
    if (status == 405) {
      throw new CordaVirtualNodeInactiveException(
          hash, clientRequestId.value(), errorTitle(response.body()));
    }
    throw failure(POST, path, response);
  }

  /** The flow's current status, or empty when Corda knows no flow with this client request id. */
  public Optional<FlowState> findFlow(
      String holdingIdentityShortHash, ClientRequestId clientRequestId) {
    String hash = HoldingIdentityMap.requireShortHash(holdingIdentityShortHash);
    String path = "/flow/" + hash + "/" + clientRequestId.value();
    HttpResponse<String> response = send(GET, path, null);
    if (response.statusCode() == 200) {
      return Optional.of(flowState(GET, path, parse(GET, path, response.body())));
    }
    if (response.statusCode() == 404) {
      // Corda answers 404 both for an unknown virtual node and for an unknown flow.
      if (errorTitle(response.body()).toLowerCase(Locale.ROOT).contains("flow status")) {
        return Optional.empty();
      }
      throw unknownHoldingIdentity(hash, response);
    }
    throw failure(GET, path, response);
  }

  /**
   * Polls the flow until it is final: returns its result when COMPLETED, throws {@link
   * CordaFlowFailedException} when FAILED or KILLED and {@link CordaDeadlineExceededException} when
   * the configured deadline passes first.
   */
  public FlowResult awaitFlow(String holdingIdentityShortHash, ClientRequestId clientRequestId) {
    String hash = HoldingIdentityMap.requireShortHash(holdingIdentityShortHash);
    return await(hash, clientRequestId, null, true, false);
  }

  /**
   * Starts the flow (or resumes the one already started with this client request id) and waits for
   * its result. Safe to call again after any failure: it never starts a second flow.
   */
  public FlowResult runFlow(
      String holdingIdentityShortHash,
      ClientRequestId clientRequestId,
      String flowClassName,
      Object requestBody) {
    FlowStart start =
        startFlow(holdingIdentityShortHash, clientRequestId, flowClassName, requestBody);
    String hash = start.state().holdingIdentityShortHash().toUpperCase(Locale.ROOT);
    return await(
        hash, clientRequestId, start.state(), start.alreadyStarted(), !start.alreadyStarted());
  }

  /**
   * Runs a ledger-changing step at most once per request key, also after Corda deleted the step's
   * flow status. For each attempt id ({@code requestKey}, {@code requestKey.retry-1}, ...):
   *
   * <ul>
   *   <li>a FAILED or KILLED flow under that id is skipped (Corda would only answer the old failure
   *       again), the next id is tried;
   *   <li>a running or completed flow is awaited, never started twice ({@link
   *       FlowResult#resumed()});
   *   <li>no status at all (never started, or deleted after the retention period): the ledger is
   *       asked first ({@code check}); if the step already took effect, its earlier result is
   *       answered ({@link FlowResult#fromLedger()}) and no flow is started; otherwise the flow is
   *       started under this id.
   * </ul>
   */
  public FlowResult runFlowOnce(
      String holdingIdentityShortHash,
      String requestKey,
      String flowClassName,
      Object requestBody,
      LedgerCheck check) {
    String hash = HoldingIdentityMap.requireShortHash(holdingIdentityShortHash);
    Objects.requireNonNull(requestKey, "requestKey");
    Objects.requireNonNull(check, "check");
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      ClientRequestId id =
          ClientRequestId.of(attempt == 0 ? requestKey : requestKey + ".retry-" + attempt);
      Optional<FlowState> earlier = findFlow(hash, id);
      if (earlier.isPresent()) {
        FlowStatus status = earlier.get().status();
        if (status == FlowStatus.FAILED || status == FlowStatus.KILLED) {
          continue;
        }
        return await(hash, id, earlier.get(), true, false);
      }
      Optional<JsonNode> onLedger = check.earlierResult(this, hash);
      if (onLedger.isPresent()) {
        return FlowResult.fromLedger(hash, id.value(), onLedger.get(), clock.instant());
      }
      return runFlow(hash, id, flowClassName, requestBody);
    }
    throw new CordaRequestRejectedException(
        String.format(TOO_MANY_ATTEMPTS, requestKey, MAX_ATTEMPTS), 409);
  }

  /** {@link #runFlowOnce} on the virtual node configured for the organisation. */
  public FlowResult runFlowOnceAs(
      String organisationX500Name,
      String requestKey,
      String flowClassName,
      Object requestBody,
      LedgerCheck check) {
    return runFlowOnce(
        shortHashOf(organisationX500Name), requestKey, flowClassName, requestBody, check);
  }

  /** {@link #runFlow} on the virtual node configured for the organisation. */
  public FlowResult runFlowAs(
      String organisationX500Name,
      ClientRequestId clientRequestId,
      String flowClassName,
      Object requestBody) {
    return runFlow(shortHashOf(organisationX500Name), clientRequestId, flowClassName, requestBody);
  }

  /**
   * @param freshStart true right after Corda accepted the start (202): a 404 is then "not yet
   *     published" for {@link #STATUS_PUBLICATION_GRACE}
   */
  private FlowResult await(
      String hash, ClientRequestId id, FlowState initial, boolean resumed, boolean freshStart) {
    Instant started = clock.instant();
    Instant deadline = started.plus(config.flowDeadline());
    Instant graceEnd = freshStart ? started.plus(STATUS_PUBLICATION_GRACE) : started;
    Duration delay = config.pollInitialDelay();
    FlowState state = initial;
    while (true) {
      if (state == null) {
        Optional<FlowState> found = findFlow(hash, id);
        if (found.isPresent()) {
          state = found.get();
          graceEnd = started; // once seen, a status never goes missing before its retention ends
        } else if (clock.instant().isBefore(graceEnd)) {
          state = notYetPublished(hash, id);
        } else {
          throw flowVanished(id.value(), hash);
        }
      }
      if (state.status().isFinal()) {
        return finish(hash, id, state, resumed);
      }
      Instant now = clock.instant();
      if (!now.isBefore(deadline)) {
        throw new CordaDeadlineExceededException(
            id.value(), hash, state.status(), config.flowDeadline());
      }
      Duration remaining = Duration.between(now, deadline);
      pause(delay.compareTo(remaining) < 0 ? delay : remaining, hash, id);
      Duration doubled = delay.multipliedBy(2);
      delay = doubled.compareTo(config.pollMaxDelay()) < 0 ? doubled : config.pollMaxDelay();
      state = null;
    }
  }

  private FlowState notYetPublished(String hash, ClientRequestId id) {
    return new FlowState(
        hash, id.value(), null, FlowStatus.START_REQUESTED, null, null, clock.instant());
  }

  private FlowResult finish(String hash, ClientRequestId id, FlowState state, boolean resumed) {
    if (state.status() != FlowStatus.COMPLETED) {
      throw new CordaFlowFailedException(state);
    }
    JsonNode result = null;
    if (!resultEndpointForbidden.get()) {
      String path = "/flow/" + hash + "/" + id.value() + "/result";
      HttpResponse<String> response = send(GET, path, null);
      if (response.statusCode() == 200) {
        JsonNode root = parse(GET, path, response.body());
        result = root.has("json") ? root.get("json") : NullNode.getInstance();
      } else if (response.statusCode() == 403) {
        // The standard FlowExecutorRole allows the status but not the result endpoint.
        resultEndpointForbidden.set(true);
      } else if (response.statusCode() != 404 && response.statusCode() != 405) {
        throw failure(GET, path, response);
      }
    }
    if (result == null) {
      // The status carries the flow's result as a string.
      result = resultFromString(state.flowResult());
    }
    return new FlowResult(hash, id.value(), state.flowId(), result, state.timestamp(), resumed);
  }

  private JsonNode resultFromString(String flowResult) {
    if (flowResult == null) {
      return NullNode.getInstance();
    }
    try {
      return json.readTree(flowResult);
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(flowResult);
    }
  }

  private void pause(Duration duration, String hash, ClientRequestId id) {
    try {
      sleeper.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CordaUnavailableException(
          String.format(CordaUnavailableException.INTERRUPTED, GET, "/flow/" + hash + "/" + id), e);
    }
  }

  // ---------------------------------------------------------------- virtual nodes and members

  /** All virtual nodes of the cluster. */
  public List<VirtualNode> listVirtualNodes() {
    String path = "/virtualnode";
    HttpResponse<String> response = send(GET, path, null);
    if (response.statusCode() != 200) {
      throw failure(GET, path, response);
    }
    JsonNode nodes = parse(GET, path, response.body()).get("virtualNodes");
    if (nodes == null || !nodes.isArray()) {
      throw malformed(GET, path, "no 'virtualNodes' array");
    }
    List<VirtualNode> result = new ArrayList<>();
    for (JsonNode n : nodes) {
      JsonNode hi = n.get("holdingIdentity");
      if (hi == null || !hi.isObject()) {
        throw malformed(GET, path, "a virtual node without 'holdingIdentity'");
      }
      JsonNode cpi = n.path("cpiIdentifier");
      result.add(
          new VirtualNode(
              requiredText(GET, path, hi, "shortHash"),
              requiredText(GET, path, hi, "x500Name"),
              optionalText(hi, "groupId"),
              optionalText(hi, "fullHash"),
              optionalText(cpi, "cpiName"),
              optionalText(cpi, "cpiVersion"),
              optionalText(n, "flowStartOperationalStatus")));
    }
    return List.copyOf(result);
  }

  /** The virtual node with this short hash, if the cluster has one. */
  public Optional<VirtualNode> findVirtualNode(String holdingIdentityShortHash) {
    String hash = HoldingIdentityMap.requireShortHash(holdingIdentityShortHash);
    return listVirtualNodes().stream()
        .filter(v -> v.holdingIdentityShortHash().equalsIgnoreCase(hash))
        .findFirst();
  }

  /** The members of the group as seen by this holding identity (ACTIVE ones, Corda's default). */
  public List<Member> listMembers(String holdingIdentityShortHash) {
    String hash = HoldingIdentityMap.requireShortHash(holdingIdentityShortHash);
    String path = "/members/" + hash;
    HttpResponse<String> response = send(GET, path, null);
    if (response.statusCode() == 404) {
      throw unknownHoldingIdentity(hash, response);
    }
    if (response.statusCode() != 200) {
      throw failure(GET, path, response);
    }
    JsonNode members = parse(GET, path, response.body()).get("members");
    if (members == null || !members.isArray()) {
      throw malformed(GET, path, "no 'members' array");
    }
    List<Member> result = new ArrayList<>();
    for (JsonNode m : members) {
      result.add(
          new Member(
              stringMap(GET, path, m, "memberContext"), stringMap(GET, path, m, "mgmContext")));
    }
    return List.copyOf(result);
  }

  // ---------------------------------------------------------------- HTTP

  private HttpResponse<String> send(String method, String path, String body) {
    URI uri = URI.create(api + path);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(config.requestTimeout())
            .header("Authorization", authorization)
            .header("Accept", "application/json");
    if (body == null) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CordaUnavailableException(
          String.format(CordaUnavailableException.INTERRUPTED, method, path), e);
    } catch (IOException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SSLException) {
          throw new CordaTlsException(
              String.format(CordaTlsException.HANDSHAKE_FAILED, api, t.getMessage()), e);
        }
      }
      throw new CordaUnavailableException(
          String.format(CordaUnavailableException.CONNECTION_FAILED, method, uri, e), e);
    }
  }

  private CordaClientException failure(String method, String path, HttpResponse<String> r) {
    int status = r.statusCode();
    if (status == 401 || status == 403) {
      return new CordaAuthenticationException(config.user(), status, method, path);
    }
    String title = errorTitle(r.body());
    if (status >= 500 || status == 429 || status == 408) {
      return new CordaUnavailableException(
          String.format(CordaUnavailableException.SERVER_ERROR, method, path, status, title), null);
    }
    return new CordaRequestRejectedException(
        String.format(CordaRequestRejectedException.MESSAGE, method, path, status, title), status);
  }

  private CordaClientException unknownHoldingIdentity(String hash, HttpResponse<String> r) {
    return new CordaUnknownHoldingIdentityException(
        String.format(
            CordaUnknownHoldingIdentityException.NOT_ON_CLUSTER, hash, errorTitle(r.body())));
  }

  private static CordaClientException flowVanished(String id, String hash) {
    return new CordaRequestRejectedException(
        String.format(CordaRequestRejectedException.FLOW_NOT_FOUND, id, hash), 404);
  }

  /** Corda's error body is {@code {"title": ..., "status": ..., "details": {...}}}. */
  private String errorTitle(String body) {
    if (body == null || body.isBlank()) {
      return "(empty body)";
    }
    try {
      JsonNode node = json.readTree(body);
      if (node != null && node.hasNonNull("title")) {
        return node.get("title").asText();
      }
    } catch (JsonProcessingException e) {
      // not Corda's error JSON: show the text itself
    }
    String text = body.strip();
    return text.length() > MAX_ERROR_TEXT ? text.substring(0, MAX_ERROR_TEXT) + "…" : text;
  }

  // ---------------------------------------------------------------- JSON

  private JsonNode parse(String method, String path, String body) {
    try {
      JsonNode node = json.readTree(body);
      if (node == null || !node.isObject()) {
        throw malformed(method, path, "expected a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new CordaMalformedResponseException(method, path, e.getOriginalMessage(), e);
    }
  }

  private FlowState flowState(String method, String path, JsonNode node) {
    String statusText = requiredText(method, path, node, "flowStatus");
    FlowStatus status =
        FlowStatus.parse(statusText)
            .orElseThrow(() -> malformed(method, path, "unknown flowStatus '" + statusText + "'"));
    String timestampText = requiredText(method, path, node, "timestamp");
    Instant timestamp;
    try {
      timestamp = Instant.parse(timestampText);
    } catch (DateTimeParseException e) {
      throw malformed(method, path, "timestamp '" + timestampText + "' is not an ISO-8601 instant");
    }
    FlowError error = null;
    JsonNode e = node.get("flowError");
    if (e != null && !e.isNull()) {
      error =
          new FlowError(
              requiredText(method, path, e, "type"), requiredText(method, path, e, "message"));
    }
    return new FlowState(
        requiredText(method, path, node, "holdingIdentityShortHash"),
        optionalText(node, "clientRequestId"),
        optionalText(node, "flowId"),
        status,
        optionalText(node, "flowResult"),
        error,
        timestamp);
  }

  private static String requiredText(String method, String path, JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw malformed(method, path, "missing text field '" + field + "'");
    }
    return v.asText();
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Map<String, String> stringMap(
      String method, String path, JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isObject()) {
      throw malformed(method, path, "missing object '" + field + "'");
    }
    Map<String, String> map = new LinkedHashMap<>();
    v.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
    return map;
  }

  private static CordaMalformedResponseException malformed(
      String method, String path, String problem) {
    return new CordaMalformedResponseException(method, path, problem, null);
  }
}
