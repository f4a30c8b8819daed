package org.cornerstone.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against a stand-in for the app that answers as Vaadin Flow does for a sign-in and a
 * page load (the requests and answers as recorded from the real app in Chromium); no real server.
 */
class BrowserTest {
  private HttpServer server;
  private URI base;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> uidlBodies = new CopyOnWriteArrayList<>();
  private final AtomicInteger sessions = new AtomicInteger();
  private final AtomicInteger uiIds = new AtomicInteger();
  private volatile String location = "";

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
    base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** Session "s1" is anonymous; the right password moves it to a new id, signed in. */
  private void answer(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getRawQuery();
    String cookie = exchange.getRequestHeaders().getFirst("Cookie");
    String session = cookie == null ? null : cookie.replaceAll(".*JSESSIONID=([^;]*).*", "$1");
    requests.add(
        exchange.getRequestMethod() + " " + exchange.getRequestURI() + " session=" + session);
    if (session == null) {
      session = "s" + sessions.incrementAndGet();
      exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=" + session + "; path=/");
    }
    boolean signedIn = session.startsWith("signed-");
    if (query == null) {
      send(exchange, "text/html", "<!doctype html><html><body></body></html>");
    } else if (query.startsWith("v-r=init")) {
      location = query.replaceAll("v-r=init&location=([^&]*).*", "$1");
      send(
          exchange,
          "application/json; charset=utf-8",
          "{\"appConfig\":{\"v-uiId\":"
              + uiIds.getAndIncrement()
              + ",\"uidl\":{\"syncId\":0,\"clientId\":0,\"Vaadin-Security-Key\":\"csrf-"
              + session
              + "\",\"changes\":[]}}}");
    } else if (query.startsWith("v-r=uidl")) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      uidlBodies.add(body);
      boolean csrf = body.contains("\"csrfToken\":\"csrf-" + session + "\"");
      String changes = "[]";
      if (csrf && body.contains("\"event\":\"ui-navigate\"")) {
        boolean login = location.equals("login") || !signedIn;
        changes =
            "[{\"node\":5,\"type\":\"put\",\"key\":\"tag\",\"feat\":0,\"value\":\""
                + (login ? "vaadin-login-form" : "vaadin-grid")
                + "\"}]";
      }
      if (csrf
          && body.contains("\"event\":\"login\"")
          && body.contains("\"event.detail.password\":\"tom-demo\"")) {
        exchange
            .getResponseHeaders()
            .add("Set-Cookie", "JSESSIONID=signed-" + sessions.incrementAndGet() + "; path=/");
      }
      send(
          exchange,
          "application/json; charset=UTF-8",
          "for(;;);[{\"syncId\":1,\"clientId\":1,\"changes\":" + changes + "}]");
    } else {
      send(exchange, "text/plain", "?");
    }
  }

  private static void send(HttpExchange exchange, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private Browser browser() {
    return new Browser(HttpClient.newHttpClient(), base);
  }

  @Test
  void signsInAndThenLoadsAPageAsTheBrowserDoes() throws Exception {
    Browser browser = browser();

    browser.signIn("tom", "tom-demo");
    Browser.Ui ui = browser.open("inbox");

    assertThat(browser.sessionId()).startsWith("signed-");
    assertThat(ui.uiId).isEqualTo(1);
    assertThat(ui.csrfToken).isEqualTo("csrf-" + browser.sessionId());
    assertThat(Uidl.node(ui.view, "tag", "vaadin-grid")).contains(5);
    assertThat(requests)
        .extracting(r -> r.substring(0, r.indexOf(" session=")))
        .containsExactly(
            "GET /login",
            "GET /?v-r=init&location=login&query=",
            "POST /?v-r=uidl&v-uiId=0",
            "POST /?v-r=uidl&v-uiId=0",
            "POST /?v-r=uidl&v-uiId=0",
            "GET /inbox",
            "GET /?v-r=init&location=inbox&query=",
            "POST /?v-r=uidl&v-uiId=1");
    assertThat(uidlBodies.get(0))
        .isEqualTo(
            "{\"csrfToken\":\"csrf-s1\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"/login\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}");
    assertThat(uidlBodies.get(1))
        .contains(
            "\"csrfToken\":\"csrf-s1\"",
            "{\"type\":\"mSync\",\"node\":5,\"feature\":1,\"property\":\"disabled\","
                + "\"value\":true},{\"type\":\"event\",\"node\":5,\"event\":\"login\",\"data\":"
                + "{\"event.detail.username\":\"tom\",\"event.detail.password\":\"tom-demo\"}}",
            "\"syncId\":1,\"clientId\":1");
    assertThat(uidlBodies.get(2)).contains("\"UNLOAD\":true");
  }

  @Test
  void aWrongPasswordIsARefusedSignIn() {
    Browser browser = browser();

    assertThatThrownBy(() -> browser.signIn("tom", "wrong"))
        .hasMessageContaining("sign-in of tom refused");
  }

  @Test
  void theQueryOfARouteGoesToTheInitRequestEncodedAgainAsFlowJsDoes() throws Exception {
    Browser browser = browser();

    browser.open("market/ABC?tab=order%20book");

    assertThat(requests.get(1))
        .startsWith("GET /?v-r=init&location=market/ABC&query=tab%3Dorder%2520book");
  }

  @Test
  void unloadSendsTheBeaconWithTheLatestSyncId() throws Exception {
    Browser browser = browser();
    browser.signIn("tom", "tom-demo");
    Browser.Ui ui = browser.open("inbox");
    browser.rpc(ui, "");

    browser.unload(ui);

    assertThat(uidlBodies.get(uidlBodies.size() - 1))
        .isEqualTo(
            "{\"csrfToken\":\"csrf-"
                + browser.sessionId()
                + "\",\"rpc\":[],\"syncId\":1,\"clientId\":1,\"UNLOAD\":true}");
  }

  @Test
  void keepsCookiesAndDropsExpiredOnes() {
    Browser browser = browser();
    browser.storeCookies(List.of("JSESSIONID=abc; Path=/; HttpOnly", "other=1"));
    assertThat(browser.sessionId()).isEqualTo("abc");

    browser.storeCookies(List.of("JSESSIONID=; Max-Age=0"));

    assertThat(browser.sessionId()).isNull();
  }
}
