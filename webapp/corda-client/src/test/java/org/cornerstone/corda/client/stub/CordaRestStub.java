package org.cornerstone.corda.client.stub;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * An in-process stand-in for the Corda 5.2 REST API, following the shapes of Corda's OpenAPI
 * document ({@code swaggerBaseline-v5_2.json}) and the behaviour of its flow resource:
 *
 * <ul>
 *   <li>Basic authentication on every call (401 otherwise), then role permissions on the path (403
 *       "User not authorized."): by default the user is the cluster's admin and may do everything;
 *       {@link #grantOnly} restricts it to permissions such as {@link #flowExecutorRole}, matched
 *       like Corda's {@code PermissionValidatorImpl} (the whole {@code METHOD:/api/v5_2/path}
 *       against each permission regex, ignoring case);
 *   <li>{@code POST /flow/{hash}}: 404 for an unknown virtual node, 405 when its flow start is not
 *       operational ({@link #maintenance}), 400 for an invalid client request id, 409 for a client
 *       request id whose status is published, 400 for a flow class that is not registered with
 *       {@link #onFlow}, 403 without the {@code StartFlow:<class>} permission, else 202 with a
 *       FlowStatusResponse in START_REQUESTED;
 *   <li>status publication is asynchronous ({@link #publishStatusesAfter}): until a new flow's
 *       status is published, lookups answer 404 and a second start with the same id answers 202
 *       without starting anything (Corda's flow mapper drops the duplicate start event);
 *   <li>{@code GET /flow/{hash}/{id}}: RUNNING until the flow's behaviour says it is final (after N
 *       polls), then COMPLETED / FAILED / KILLED; {@code .../result}: 202 while running, 200 with
 *       {@code json} when final; {@code GET /flow/{hash}} lists the flows;
 *   <li>a final status not updated for the retention period ({@link #DEFAULT_STATUS_RETENTION},
 *       REST config {@code flowStatusCleanupTimeMs}) is deleted: afterwards lookups answer 404 and
 *       a start with the same client request id starts a new flow. Time comes from the stub's
 *       {@link Clock} ({@link #useClock}), so a test can jump past the retention period;
 *   <li>{@code GET /virtualnode} and {@code GET /members/{hash}} (all nodes form one group).
 * </ul>
 *
 * Errors carry Corda's body {@code {"title", "status", "details"}} with the titles of Corda 5.2's
 * {@code FlowRestExceptionConstants}. Binds 127.0.0.1 on a free port. The Corda 5.2 source each
 * behaviour was checked against is listed in the module's README.
 */
public final class CordaRestStub implements AutoCloseable {
  public static final String API_PATH = "/api/v5_2";
  public static final String GROUP_ID = "7c5d6948-e17b-44e7-9d1c-fa4a3f667cad";
  public static final String CPI_NAME = "cornerstone";
  public static final String CPI_VERSION = "1.0.0";

  /** How long Corda 5.2 keeps a final flow status without updates (REST config default). */
  public static final Duration DEFAULT_STATUS_RETENTION = Duration.ofDays(7);

  /** Corda's {@code RbacKeys.CLIENT_REQ_REGEX}. */
  public static final String CLIENT_REQUEST_ID_REGEX = "[-._A-Za-z0-9]{1,242}";

  /** The version segment of permission paths created by {@code corda-cli initial-rbac}. */
  public static final String VERSION_PATH_REGEX = "v[_a-zA-Z0-9]{1,30}";

  /** Corda's {@code RbacKeys.FLOW_NAME_REGEX}. */
  public static final String FLOW_NAME_REGEX = "[._$a-zA-Z0-9]{1,250}";

  public static final String NOT_AUTHORIZED = "User not authorized.";

  private static final Pattern CLIENT_REQUEST_ID = Pattern.compile(CLIENT_REQUEST_ID_REGEX);

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final ExecutorService executor;
  private final String expectedAuthorization;
  private final Map<String, VirtualNodeEntry> virtualNodes = new LinkedHashMap<>();
  private final Map<String, FlowBehaviour> behaviours = new LinkedHashMap<>();
  private final Map<String, FlowRun> flows = new LinkedHashMap<>(); // hash/id -> run
  private final List<StartedFlow> started = new ArrayList<>();
  private final String user;
  private List<Pattern> permissions; // null: the admin user, allowed everything
  private Clock clock = Clock.systemUTC();
  private Duration retention = DEFAULT_STATUS_RETENTION;
  private int unpublishedLookups;
  private int startRequests;
  private boolean malformed;
  private int failuresLeft;
  private int failureStatus;

  /** What the stub remembers of a flow it started. */
  public record StartedFlow(
      String holdingIdentityShortHash,
      String clientRequestId,
      String flowClassName,
      JsonNode requestBody) {}

  /** How a flow class behaves once started. */
  public static final class FlowBehaviour {
    private final int pollsUntilFinal;
    private final String finalStatus;
    private final Function<JsonNode, JsonNode> result;
    private final String errorType;
    private final String errorMessage;

    private FlowBehaviour(
        int polls,
        String finalStatus,
        Function<JsonNode, JsonNode> result,
        String type,
        String message) {
      if (polls < 1) {
        throw new IllegalArgumentException("polls must be at least 1");
      }
      this.pollsUntilFinal = polls;
      this.finalStatus = finalStatus;
      this.result = result;
      this.errorType = type;
      this.errorMessage = message;
    }

    /**
     * COMPLETED at the N-th status poll, with the result computed from the request body (once per
     * started flow, when it completes: the function may record what the flow did). A {@code
     * RuntimeException} thrown by the function makes the flow FAILED instead, with {@code
     * flowError} type {@code FLOW_FAILED} and the exception's message, as Corda 5.2 reports a flow
     * that throws.
     */
    public static FlowBehaviour completesAfter(int polls, Function<JsonNode, JsonNode> result) {
      return new FlowBehaviour(polls, "COMPLETED", Objects.requireNonNull(result), null, null);
    }

    /** FAILED at the N-th status poll, with this flowError. */
    public static FlowBehaviour failsAfter(int polls, String errorType, String errorMessage) {
      return new FlowBehaviour(polls, "FAILED", null, errorType, errorMessage);
    }

    /** KILLED at the N-th status poll, without flowError. */
    public static FlowBehaviour killedAfter(int polls) {
      return new FlowBehaviour(polls, "KILLED", null, null, null);
    }

    /** RUNNING forever. */
    public static FlowBehaviour neverCompletes() {
      return new FlowBehaviour(Integer.MAX_VALUE, "RUNNING", null, null, null);
    }
  }

  private static final class VirtualNodeEntry {
    final String shortHash;
    final String x500Name;
    final String fullHash;
    boolean inMaintenance;

    VirtualNodeEntry(String shortHash, String x500Name, String fullHash) {
      this.shortHash = shortHash;
      this.x500Name = x500Name;
      this.fullHash = fullHash;
    }
  }

  private static final class FlowRun {
    final StartedFlow request;
    final FlowBehaviour behaviour;
    final String flowId = UUID.randomUUID().toString();
    int polls;
    int lookupsUntilPublished;
    String status = "START_REQUESTED";
    Instant timestamp;
    JsonNode result; // computed once, when the flow completes
    RuntimeException failure; // thrown by the result function: the flow FAILED

    FlowRun(StartedFlow request, FlowBehaviour behaviour, Instant now, int lookupsUntilPublished) {
      this.request = request;
      this.behaviour = behaviour;
      this.timestamp = now;
      this.lookupsUntilPublished = lookupsUntilPublished;
    }

    /** Counts one lookup; false while the status is not yet published. */
    boolean published() {
      if (lookupsUntilPublished > 0) {
        lookupsUntilPublished--;
        return false;
      }
      return true;
    }

    void poll(Instant now) {
      if (isFinal()) {
        return;
      }
      polls++;
      status = polls >= behaviour.pollsUntilFinal ? behaviour.finalStatus : "RUNNING";
      timestamp = now;
      if (status.equals("COMPLETED")) {
        try {
          result = behaviour.result.apply(request.requestBody());
        } catch (RuntimeException refused) {
          // as a CorDapp flow that throws: FAILED, its exception in flowError
          status = "FAILED";
          failure = refused;
        }
      }
    }

    boolean isFinal() {
      return status.equals("COMPLETED") || status.equals("FAILED") || status.equals("KILLED");
    }
  }

  private CordaRestStub(HttpServer server, String user, String password) {
    this.server = server;
    this.user = user;
    this.expectedAuthorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext(API_PATH + "/", this::handle);
    server.start();
  }

  /** A plain HTTP stub accepting this user and password. */
  public static CordaRestStub start(String user, String password) {
    try {
      return new CordaRestStub(HttpServer.create(loopback(), 0), user, password);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A plain HTTP stub on a fixed loopback port (for a server that must know the URL in advance).
   */
  public static CordaRestStub start(String user, String password, int port) {
    try {
      return new CordaRestStub(
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0),
          user,
          password);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An HTTPS stub presenting the key in {@code serverContext}. */
  public static CordaRestStub startTls(String user, String password, SSLContext serverContext) {
    try {
      HttpsServer https = HttpsServer.create(loopback(), 0);
      https.setHttpsConfigurator(new HttpsConfigurator(serverContext));
      return new CordaRestStub(https, user, password);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InetSocketAddress loopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  /** {@code http(s)://127.0.0.1:PORT/api/v5_2}. */
  public URI baseUrl() {
    String scheme = server instanceof HttpsServer ? "https" : "http";
    return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + API_PATH);
  }

  /** Adds a virtual node (all nodes are members of one group). */
  public synchronized CordaRestStub addVirtualNode(String shortHash, String x500Name) {
    virtualNodes.put(shortHash, new VirtualNodeEntry(shortHash, x500Name, fullHash(x500Name)));
    return this;
  }

  /**
   * Puts the virtual node in maintenance ({@code PUT /virtualnode/{hash}/state/MAINTENANCE}: every
   * operational status INACTIVE, flow starts answer 405) or back to ACTIVE.
   */
  public synchronized CordaRestStub maintenance(String shortHash, boolean inMaintenance) {
    VirtualNodeEntry node = virtualNodes.get(shortHash);
    if (node == null) {
      throw new IllegalArgumentException("no virtual node " + shortHash);
    }
    node.inMaintenance = inMaintenance;
    return this;
  }

  /**
   * Restricts the user to these permissions (regular expressions, as stored by Corda's permission
   * endpoint), e.g. {@link #flowExecutorRole}. Without a call the user is the admin.
   */
  public synchronized CordaRestStub grantOnly(List<String> permissionStrings) {
    List<Pattern> patterns = new ArrayList<>();
    for (String permission : permissionStrings) {
      patterns.add(Pattern.compile(permission, Pattern.CASE_INSENSITIVE));
    }
    this.permissions = patterns;
    return this;
  }

  /**
   * The permissions of the role {@code corda-cli initial-rbac flow-executor -v <hash>} creates
   * ({@code FlowExecutorRole-<hash>}): start any flow, list and read flow statuses, list startable
   * flows. Not {@code .../result}, not {@code /virtualnode}, not {@code /members}.
   */
  public static List<String> flowExecutorRole(String shortHash) {
    String api = "/api/" + VERSION_PATH_REGEX + "/";
    return List.of(
        "POST:" + api + "flow/" + shortHash,
        "GET:" + api + "flow/" + shortHash,
        "GET:" + api + "flow/" + shortHash + "/" + CLIENT_REQUEST_ID_REGEX,
        "GET:" + api + "flowclass/" + shortHash,
        "WS:" + api + "flow/" + shortHash + "/" + CLIENT_REQUEST_ID_REGEX,
        "StartFlow:" + FLOW_NAME_REGEX);
  }

  /** The clock of flow timestamps and of the status retention. */
  public synchronized CordaRestStub useClock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** How long a final status stays after its last update (default 7 days). */
  public synchronized CordaRestStub statusRetention(Duration retention) {
    this.retention = Objects.requireNonNull(retention, "retention");
    return this;
  }

  /**
   * The status of each flow started from now on is published only after {@code lookups} lookups
   * (status, result, list or a duplicate start) have missed it. Default 0.
   */
  public synchronized CordaRestStub publishStatusesAfter(int lookups) {
    if (lookups < 0) {
      throw new IllegalArgumentException("lookups must not be negative");
    }
    this.unpublishedLookups = lookups;
    return this;
  }

  /** Makes {@code flowClassName} startable, with this behaviour. */
  public synchronized CordaRestStub onFlow(String flowClassName, FlowBehaviour behaviour) {
    behaviours.put(flowClassName, behaviour);
    return this;
  }

  /** Every flow actually started (a 409 does not start one), in order. */
  public synchronized List<StartedFlow> startedFlows() {
    return List.copyOf(started);
  }

  /** Number of start requests received, including rejected and duplicate ones. */
  public synchronized int startRequests() {
    return startRequests;
  }

  /** Number of status polls the flow received so far (0 if unknown). */
  public synchronized int pollsOf(String shortHash, String clientRequestId) {
    FlowRun run = flows.get(shortHash + "/" + clientRequestId);
    return run == null ? 0 : run.polls;
  }

  /** While on, every successful answer carries a body that is not JSON. */
  public synchronized void malformedResponses(boolean on) {
    this.malformed = on;
  }

  /** The next {@code times} authenticated requests answer {@code httpStatus} (e.g. 503). */
  public synchronized void failNext(int times, int httpStatus) {
    this.failuresLeft = times;
    this.failureStatus = httpStatus;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  // ------------------------------------------------------------------ routing

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] requestBytes;
      try (InputStream in = exchange.getRequestBody()) {
        requestBytes = in.readAllBytes();
      }
      Reply reply;
      synchronized (this) {
        reply = route(exchange, new String(requestBytes, StandardCharsets.UTF_8));
      }
      byte[] bytes = reply.body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      if (reply.status == 401) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"FlowWorker\"");
      }
      exchange.sendResponseHeaders(reply.status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  private record Reply(int status, String body) {}

  private Reply route(HttpExchange exchange, String body) {
    if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      return error(401, "User authentication failed.");
    }
    if (failuresLeft > 0) {
      failuresLeft--;
      return error(failureStatus, "Stub failure " + failureStatus);
    }
    String method = exchange.getRequestMethod();
    String fullPath = exchange.getRequestURI().getPath();
    if (!allowed(method + ":" + fullPath.replaceAll("/+$", ""))) {
      return error(403, NOT_AUTHORIZED);
    }
    deleteExpiredStatuses();
    String path = fullPath.substring(API_PATH.length());
    String[] p = path.replaceAll("^/+|/+$", "").split("/");
    Reply reply;
    if (method.equals("POST") && p.length == 2 && p[0].equals("flow")) {
      reply = startFlow(p[1], body);
    } else if (method.equals("GET") && p.length == 2 && p[0].equals("flow")) {
      reply = listFlows(p[1]);
    } else if (method.equals("GET") && p.length == 3 && p[0].equals("flow")) {
      reply = flowStatus(p[1], p[2]);
    } else if (method.equals("GET")
        && p.length == 4
        && p[0].equals("flow")
        && p[3].equals("result")) {
      reply = flowResult(p[1], p[2]);
    } else if (method.equals("GET") && p.length == 1 && p[0].equals("virtualnode")) {
      reply = ok(200, virtualNodesJson());
    } else if (method.equals("GET") && p.length == 2 && p[0].equals("members")) {
      reply = members(p[1]);
    } else {
      reply = error(404, "No endpoint " + method + " " + path);
    }
    if (malformed && reply.status < 300) {
      return new Reply(reply.status, "<html><body>Bad gateway {\"flowStatus\":</body></html>");
    }
    return reply;
  }

  // ------------------------------------------------------------------ flows

  private Reply startFlow(String hash, String body) {
    startRequests++;
    VirtualNodeEntry node = virtualNodes.get(hash);
    if (node == null) {
      return error(404, "Virtual Node '" + hash + "' not found.");
    }
    if (node.inMaintenance) {
      return error(
          405, "Flow start capabilities of virtual node " + hash + " are not operational.");
    }
    JsonNode request;
    try {
      request = json.readTree(body);
    } catch (JsonProcessingException e) {
      return error(400, "Request body is not JSON: " + e.getOriginalMessage());
    }
    if (request == null
        || !request.path("clientRequestId").isTextual()
        || !request.path("flowClassName").isTextual()
        || !request.has("requestBody")) {
      return error(400, "Missing clientRequestId, flowClassName or requestBody.");
    }
    String id = request.get("clientRequestId").asText();
    String flowClass = request.get("flowClassName").asText();
    FlowRun existing = flows.get(hash + "/" + id);
    boolean published = existing != null && existing.published();
    if (!CLIENT_REQUEST_ID.matcher(id).matches()) {
      return error(
          400,
          "Supplied clientRequestId "
              + id
              + " is invalid, it must conform to the pattern "
              + CLIENT_REQUEST_ID_REGEX
              + ".");
    }
    if (published) {
      return error(
          409, "A flow has already been started for the requested holdingId and clientRequestId.");
    }
    FlowBehaviour behaviour = behaviours.get(flowClass);
    if (behaviour == null) {
      return error(
          400,
          "The flow that was requested ("
              + flowClass
              + ") is not in the list of startable flows for this holding identity.");
    }
    if (!allowed("StartFlow:" + flowClass)) {
      return error(403, "User " + user + " is not allowed to start a flow: " + flowClass + ".");
    }
    StartedFlow startedFlow = new StartedFlow(hash, id, flowClass, request.get("requestBody"));
    if (existing != null) {
      // Not yet published: Corda accepts the start, and its flow mapper drops the duplicate.
      return ok(202, startRequestedJson(startedFlow, existing.flowId));
    }
    FlowRun run = new FlowRun(startedFlow, behaviour, clock.instant(), unpublishedLookups);
    flows.put(hash + "/" + id, run);
    started.add(startedFlow);
    return ok(202, startRequestedJson(startedFlow, run.flowId));
  }

  /** The status the start request publishes, returned with the 202. */
  private ObjectNode startRequestedJson(StartedFlow flow, String flowId) {
    ObjectNode node = json.createObjectNode();
    node.put("holdingIdentityShortHash", flow.holdingIdentityShortHash());
    node.put("clientRequestId", flow.clientRequestId());
    node.put("flowId", flowId);
    node.put("flowStatus", "START_REQUESTED");
    node.putNull("flowResult");
    node.putNull("flowError");
    node.put("timestamp", clock.instant().toString());
    return node;
  }

  private boolean allowed(String operation) {
    if (permissions == null) {
      return true;
    }
    return permissions.stream().anyMatch(p -> p.matcher(operation).matches());
  }

  /** Corda's FlowStatusCleanupProcessor: final statuses not updated within the retention. */
  private void deleteExpiredStatuses() {
    Instant cutoff = clock.instant().minus(retention);
    flows.values().removeIf(run -> run.isFinal() && run.timestamp.isBefore(cutoff));
  }

  private Reply listFlows(String hash) {
    if (!virtualNodes.containsKey(hash)) {
      return error(404, "Virtual Node '" + hash + "' not found.");
    }
    ObjectNode root = json.createObjectNode();
    ArrayNode list = root.putArray("flowStatusResponses");
    flows.values().stream()
        .filter(r -> r.request.holdingIdentityShortHash().equals(hash))
        .filter(FlowRun::published)
        .forEach(r -> list.add(statusJson(r)));
    return ok(200, root);
  }

  private Reply flowStatus(String hash, String id) {
    FlowRun run = run(hash, id);
    if (run == null) {
      return notFound(hash, id);
    }
    run.poll(clock.instant());
    return ok(200, statusJson(run));
  }

  private Reply flowResult(String hash, String id) {
    FlowRun run = run(hash, id);
    if (run == null) {
      return notFound(hash, id);
    }
    ObjectNode node = json.createObjectNode();
    node.put("holdingIdentityShortHash", hash);
    node.put("clientRequestId", id);
    node.put("flowId", run.flowId);
    node.put("flowStatus", run.status);
    if (run.status.equals("COMPLETED")) {
      node.set("json", resultOf(run));
    } else {
      node.putNull("json");
    }
    node.set("flowError", errorJson(run));
    node.put("timestamp", run.timestamp.toString());
    return ok(run.isFinal() ? 200 : 202, node);
  }

  /** The published flow, or null (unknown, not yet published, or deleted). */
  private FlowRun run(String hash, String id) {
    FlowRun run = virtualNodes.containsKey(hash) ? flows.get(hash + "/" + id) : null;
    return run != null && run.published() ? run : null;
  }

  private Reply notFound(String hash, String id) {
    if (!virtualNodes.containsKey(hash)) {
      return error(404, "Virtual Node '" + hash + "' not found.");
    }
    return error(
        404,
        "Failed to find the flow status for holdingId = "
            + hash
            + " and clientRequestId = "
            + id
            + ".");
  }

  private ObjectNode statusJson(FlowRun run) {
    ObjectNode node = json.createObjectNode();
    node.put("holdingIdentityShortHash", run.request.holdingIdentityShortHash());
    node.put("clientRequestId", run.request.clientRequestId());
    node.put("flowId", run.flowId);
    node.put("flowStatus", run.status);
    if (run.status.equals("COMPLETED")) {
      JsonNode result = resultOf(run);
      node.put("flowResult", result.isTextual() ? result.asText() : result.toString());
    } else {
      node.putNull("flowResult");
    }
    node.set("flowError", errorJson(run));
    node.put("timestamp", run.timestamp.toString());
    return node;
  }

  private JsonNode resultOf(FlowRun run) {
    return run.result;
  }

  private JsonNode errorJson(FlowRun run) {
    if (run.status.equals("FAILED") && run.failure != null) {
      ObjectNode error = json.createObjectNode();
      // Corda 5.2 reports an exception thrown by a flow as FLOW_FAILED with its message
      // (FlowProcessingExceptionTypes.FLOW_FAILED; FlowFailedAcceptanceTest)
      error.put("type", "FLOW_FAILED");
      error.put("message", run.failure.getMessage());
      return error;
    }
    if (!run.status.equals("FAILED") || run.behaviour.errorType == null) {
      return json.nullNode();
    }
    ObjectNode error = json.createObjectNode();
    error.put("type", run.behaviour.errorType);
    error.put("message", run.behaviour.errorMessage);
    return error;
  }

  // ------------------------------------------------------------------ virtual nodes, members

  private ObjectNode virtualNodesJson() {
    ObjectNode root = json.createObjectNode();
    ArrayNode list = root.putArray("virtualNodes");
    for (VirtualNodeEntry v : virtualNodes.values()) {
      String state = v.inMaintenance ? "INACTIVE" : "ACTIVE";
      ObjectNode node = list.addObject();
      ObjectNode hi = node.putObject("holdingIdentity");
      hi.put("fullHash", v.fullHash);
      hi.put("groupId", GROUP_ID);
      hi.put("shortHash", v.shortHash);
      hi.put("x500Name", v.x500Name);
      ObjectNode cpi = node.putObject("cpiIdentifier");
      cpi.put("cpiName", CPI_NAME);
      cpi.put("cpiVersion", CPI_VERSION);
      cpi.put("signerSummaryHash", "SHA-256:" + fullHash(CPI_NAME));
      node.put(
          "cryptoDmlConnectionId",
          UUID.nameUUIDFromBytes(bytes("crypto" + v.shortHash)).toString());
      node.put(
          "uniquenessDmlConnectionId",
          UUID.nameUUIDFromBytes(bytes("uniq" + v.shortHash)).toString());
      node.put(
          "vaultDmlConnectionId", UUID.nameUUIDFromBytes(bytes("vault" + v.shortHash)).toString());
      node.put("flowOperationalStatus", state);
      node.put("flowP2pOperationalStatus", state);
      node.put("flowStartOperationalStatus", state);
      node.put("vaultDbOperationalStatus", state);
      node.putNull("operationInProgress");
    }
    return root;
  }

  private Reply members(String hash) {
    if (!virtualNodes.containsKey(hash)) {
      return error(404, "Could not find holding identity '" + hash + "' associated with member.");
    }
    ObjectNode root = json.createObjectNode();
    ArrayNode list = root.putArray("members");
    long serial = 1;
    for (VirtualNodeEntry v : virtualNodes.values()) {
      ObjectNode member = list.addObject();
      ObjectNode memberContext = member.putObject("memberContext");
      memberContext.put("corda.name", v.x500Name);
      memberContext.put("corda.groupId", GROUP_ID);
      memberContext.put("corda.platformVersion", "50200");
      memberContext.put("corda.ledger.keys.0.hash", "SHA-256:" + v.fullHash);
      ObjectNode mgmContext = member.putObject("mgmContext");
      mgmContext.put("corda.status", "ACTIVE");
      mgmContext.put("corda.serial", Long.toString(serial++));
    }
    return ok(200, root);
  }

  // ------------------------------------------------------------------ helpers

  private Reply ok(int status, JsonNode body) {
    return new Reply(status, body.toString());
  }

  private Reply error(int status, String title) {
    ObjectNode node = json.createObjectNode();
    node.put("title", title);
    node.put("status", status);
    node.putObject("details");
    return new Reply(status, node.toString());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String fullHash(String text) {
    try {
      return HexFormat.of()
          .withUpperCase()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(text)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
