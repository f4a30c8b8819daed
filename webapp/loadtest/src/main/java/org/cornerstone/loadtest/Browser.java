package org.cornerstone.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * One simulated browser: its own cookie jar over a shared {@link HttpClient}, speaking Vaadin Flow
 * 24's HTTP protocol as {@code Flow.js} and the flow client do. It does not run JavaScript: it
 * sends the requests a browser sends for a page load and a sign-in, and reads the answers.
 *
 * <ul>
 *   <li>A page load ({@link #open}) is three requests, as Chromium sends them to this app (recorded
 *       with Playwright): the GET of the route (the bootstrap {@code index.html}); {@code GET
 *       ?v-r=init&location=<route>&query=} (Flow's {@code flowInitUi}), which creates the UI; and
 *       the UIDL request with the {@code ui-navigate} event on the UI's root node, which runs the
 *       navigation on the server: the view and its layout are built there, and their state tree
 *       comes back as JSON. The browser then sends one or two small UIDL requests of its own
 *       (initial property values of the rendered elements, promise results): not sent here.
 *   <li>An interaction ({@link #rpc}) is {@code POST ?v-r=uidl&v-uiId=<id>} with the CSRF token,
 *       the RPC invocations, the last {@code syncId} and the client's message counter.
 *   <li>Server push ({@link #connectPush}): the app is {@code @Push(transport = WEBSOCKET_XHR)}, so
 *       after a page load the browser opens a WebSocket to {@code
 *       VAADIN/push?v-r=push&v-uiId=..&v-pushId=..} (Atmosphere); the server holds a resource per
 *       open page. The client opens it too and counts the messages pushed, without applying them.
 *   <li>Leaving a page ({@link #unload}) sends the unload beacon ({@code "UNLOAD": true}) as the
 *       browser does on {@code pagehide}, so the server closes that UI at once, and closes the
 *       page's WebSocket.
 * </ul>
 */
final class Browser {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  /** The state node of the UI's root element, which the navigation events go to. */
  static final int ROOT_NODE = 1;

  private final HttpClient http;
  private final URI base;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final AtomicLong pushed;

  /** One UI (one browser tab's page) on the server, with what the client must echo back. */
  static final class Ui {
    final int uiId;
    final String csrfToken;
    final Map<String, Object> initial;

    /** The answer to the navigation: the view's state tree. */
    Map<String, Object> view = Map.of();

    /** The page's push connection, if opened. */
    WebSocket push;

    int syncId;
    int clientId;

    Ui(int uiId, String csrfToken, Map<String, Object> initial) {
      this.uiId = uiId;
      this.csrfToken = csrfToken;
      this.initial = initial;
      this.syncId = Uidl.number(initial, "syncId").orElse(0);
      this.clientId = Uidl.number(initial, "clientId").orElse(0);
    }
  }

  /** {@code base}: the app's root, e.g. {@code http://localhost:8480/}. */
  Browser(HttpClient http, URI base) {
    this(http, base, new AtomicLong());
  }

  /** {@code pushed} counts the push messages received by every page of this browser. */
  Browser(HttpClient http, URI base, AtomicLong pushed) {
    this.http = http;
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.pushed = pushed;
  }

  /** The session cookie's value (it changes on sign-in: no session fixation). */
  String sessionId() {
    return cookies.get("JSESSIONID");
  }

  /**
   * A page load: the route's document, the UI init request, then the navigation that builds the
   * view. {@code location} is the route as in the address bar without the leading slash, e.g.
   * {@code inbox} or {@code market/ABC?tab=1}.
   */
  Ui open(String location) throws IOException, InterruptedException {
    HttpResponse<String> page = send(get(location));
    expect(page, 200, "GET /" + location);
    int q = location.indexOf('?');
    String path = q < 0 ? location : location.substring(0, q);
    String query = q < 0 ? "" : location.substring(q + 1);
    HttpResponse<String> init = send(get("?v-r=init&location=" + path + "&query=" + encode(query)));
    expect(init, 200, "init of /" + location);
    String type = init.headers().firstValue("content-type").orElse("");
    if (!type.contains("application/json")) {
      throw new IOException("init of /" + location + " answered " + type + ", not JSON");
    }
    Map<String, Object> uidl = Uidl.ofInit(init.body());
    String token =
        Uidl.csrfToken(uidl)
            .orElseThrow(() -> new IOException("no Vaadin-Security-Key in the init answer"));
    Ui ui = new Ui(Uidl.uiIdOfInit(init.body()), token, uidl);
    ui.view =
        rpc(
            ui,
            "{\"type\":\"event\",\"node\":"
                + ROOT_NODE
                + ",\"event\":\"ui-navigate\",\"data\":{\"route\":"
                + Json.quote("/" + path)
                + ",\"query\":"
                + Json.quote(query)
                + ",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
    return ui;
  }

  /** Sends RPC invocations (a JSON array's elements, comma-separated) to the UI; its answer. */
  Map<String, Object> rpc(Ui ui, String invocations) throws IOException, InterruptedException {
    String body =
        "{\"csrfToken\":"
            + Json.quote(ui.csrfToken)
            + ",\"rpc\":["
            + invocations
            + "],\"syncId\":"
            + ui.syncId
            + ",\"clientId\":"
            + ui.clientId
            + "}";
    HttpResponse<String> answer = send(uidlPost(ui, body));
    expect(answer, 200, "UIDL request of UI " + ui.uiId);
    Map<String, Object> uidl = Uidl.ofResponse(answer.body());
    if (Uidl.expiredOrError(uidl)) {
      throw new IOException("UIDL answer says: " + Uidl.abbreviate(answer.body()));
    }
    ui.syncId = Uidl.number(uidl, "syncId").orElse(ui.syncId);
    ui.clientId = Uidl.number(uidl, "clientId").orElse(ui.clientId + 1);
    return uidl;
  }

  /**
   * Signs in on the app's sign-in page ({@code LoginView}: Vaadin's login form, whose {@code login}
   * event carries the user name and password) and checks that the session id changed.
   */
  void signIn(String username, String password) throws IOException, InterruptedException {
    Ui login = open("login");
    int form =
        Uidl.node(login.view, "tag", "vaadin-login-form")
            .orElseThrow(() -> new IOException("no vaadin-login-form on /login"));
    String before = sessionId();
    rpc(
        login,
        "{\"type\":\"mSync\",\"node\":"
            + form
            + ",\"feature\":1,\"property\":\"disabled\",\"value\":true},"
            + "{\"type\":\"event\",\"node\":"
            + form
            + ",\"event\":\"login\",\"data\":{\"event.detail.username\":"
            + Json.quote(username)
            + ",\"event.detail.password\":"
            + Json.quote(password)
            + "}}");
    if (sessionId() == null || sessionId().equals(before)) {
      throw new IOException("sign-in of " + username + " refused (the session id did not change)");
    }
    unload(login); // the browser leaves the sign-in page for the user's page
  }

  /**
   * Opens the page's push WebSocket as {@code vaadinPush.js} does (the URL as recorded from
   * Chromium), waiting until it is open; pushed messages are counted (not Atmosphere's first
   * message, its handshake).
   */
  void connectPush(Ui ui) throws IOException, InterruptedException {
    String pushId =
        Uidl.string(ui.initial, "Vaadin-Push-ID")
            .orElseThrow(() -> new IOException("no Vaadin-Push-ID in the init answer"));
    URI uri =
        URI.create(
            base.resolve(
                    "VAADIN/push?v-r=push&v-uiId="
                        + ui.uiId
                        + "&v-pushId="
                        + encode(pushId)
                        + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=4.0.1"
                        + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                        + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                        + "&X-Vaadin-LastSeenServerSyncId="
                        + ui.syncId)
                .toString()
                .replaceFirst("^http", "ws"));
    WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(TIMEOUT);
    if (!cookies.isEmpty()) {
      builder.header("Cookie", cookieHeader());
    }
    try {
      ui.push =
          builder
              .buildAsync(
                  uri,
                  new WebSocket.Listener() {
                    private boolean handshakeSeen;

                    @Override
                    public CompletionStage<?> onText(
                        WebSocket socket, CharSequence data, boolean last) {
                      if (last) {
                        if (handshakeSeen) {
                          pushed.incrementAndGet();
                        }
                        handshakeSeen = true; // Atmosphere's first message: "41|<uuid>|0|X|"
                      }
                      socket.request(1);
                      return null;
                    }
                  })
              .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IOException("push WebSocket of UI " + ui.uiId + " did not open: " + e, e);
    }
  }

  /**
   * The unload beacon the browser sends when the page goes away; the server closes the UI. The
   * page's push WebSocket, if any, is closed too.
   */
  void unload(Ui ui) throws IOException, InterruptedException {
    WebSocket push = ui.push;
    ui.push = null;
    if (push != null) {
      push.sendClose(WebSocket.NORMAL_CLOSURE, "")
          .exceptionally(
              e -> {
                push.abort();
                return null;
              });
    }
    String body =
        "{\"csrfToken\":"
            + Json.quote(ui.csrfToken)
            + ",\"rpc\":[],\"syncId\":"
            + ui.syncId
            + ",\"clientId\":"
            + ui.clientId
            + ",\"UNLOAD\":true}";
    send(uidlPost(ui, body));
  }

  /** A plain GET of a path below the app's root, e.g. a static resource (the baseline). */
  HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = send(get(path));
    expect(response, 200, "GET /" + path);
    return response;
  }

  private HttpRequest get(String relative) {
    return request(relative).GET().build();
  }

  private HttpRequest uidlPost(Ui ui, String body) {
    return request("?v-r=uidl&v-uiId=" + ui.uiId)
        .header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private HttpRequest.Builder request(String relative) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(relative)).timeout(TIMEOUT);
    if (!cookies.isEmpty()) {
      builder.header("Cookie", cookieHeader());
    }
    return builder;
  }

  private String cookieHeader() {
    return cookies.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining("; "));
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    storeCookies(response.headers().allValues("set-cookie"));
    return response;
  }

  /** Keeps each {@code Set-Cookie}'s name and value (one app, one path: attributes ignored). */
  void storeCookies(List<String> setCookies) {
    for (String header : setCookies) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = pair.substring(0, eq).strip();
      String value = pair.substring(eq + 1).strip();
      boolean expired = header.toLowerCase().contains("max-age=0");
      if (expired || value.isEmpty()) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
  }

  private static void expect(HttpResponse<String> response, int status, String what)
      throws IOException {
    if (response.statusCode() != status) {
      throw new IOException(
          what + " answered " + response.statusCode() + ": " + Uidl.abbreviate(response.body()));
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
