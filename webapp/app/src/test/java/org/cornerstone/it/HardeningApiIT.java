package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 20 over the wire: one error shape for every error, strict JSON, 404 and 409 where they
 * belong (also under a race), multipart text and file names intact, size limits on the server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningApiIT {
  private static final String DECISION = "/api/tasks/%s/decision";
  final URL base = SuiteDeployment.base();
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  @Test
  void jsonIsReadStrictlyAndEveryErrorHasOneShape() throws Exception {
    String task = String.format(DECISION, "no-such-task");
    assertError(api.postJson("tina", task, "{\"approved\": 1}"), 400, "invalid_json", "approved");
    assertError(api.postJson("tina", task, "{\"approved\": 0}"), 400, "invalid_json", "approved");
    assertError(api.postJson("tina", task, "{\"decision\": 5}"), 400, "invalid_json", "decision");
    assertError(
        api.postJson("tina", task, "{\"decision\":\"APPROVE\",\"aproved\":true}"),
        400,
        "invalid_json",
        "aproved");
    assertError(
        api.postJson("tina", task, "{\"decision\":\"APPROVE\",\"decision\":\"REJECT\"}"),
        400,
        "invalid_json",
        "decision");
    assertError(
        api.postJson("tina", task, "{\"decision\":\"APPROVE\"} trailing"),
        400,
        "invalid_json",
        null);
    assertError(api.postJson("tina", task, "{\"decision\": "), 400, "invalid_json", null);
    // a password sent as a number creates no account
    String user = "strict" + UUID.randomUUID().toString().substring(0, 8);
    assertError(
        api.postJson(
            null,
            "/api/investors",
            "{\"username\":\""
                + user
                + "\",\"displayName\":\"S\",\"password\":12345678901,\"legalName\":\"S\"}"),
        400,
        "invalid_json",
        "password");
    // what never existed is a 404, not a 409 or a 500
    Api.Reply unknownTask = api.postJson("tina", task, "{\"decision\":\"APPROVE\"}");
    assertError(unknownTask, 404, "not_found", null);
    assertThat(unknownTask.json().get("message").asText()).contains("no-such-task");
    assertError(api.postJson("tina", "/api/tasks/no-such-task/claim", ""), 404, "not_found", null);
    assertError(
        api.postJson("ada", "/api/admin/incidents/no-such-incident/retry", ""),
        404,
        "not_found",
        null);
    assertError(api.get("olivia", "/api/assets/no-such-asset"), 404, "not_found", null);
    assertError(api.get("olivia", "/api/no/such/address"), 404, "not_found", null);
    // the wrong media type, a broken multipart body: the same shape, never HTML or plain text
    assertError(
        send(
            HttpRequest.newBuilder(api.uri(task))
                .header("Authorization", basic("tina"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("APPROVE"))),
        415,
        "unsupported_media_type",
        null);
    Api.Reply broken =
        send(
            HttpRequest.newBuilder(api.uri("/api/assets"))
                .header("Authorization", basic("olivia"))
                .header("Content-Type", "multipart/form-data; boundary=nothere")
                .POST(HttpRequest.BodyPublishers.ofString("--other\r\ngarbage")));
    assertThat(broken.status()).as(broken.body()).isBetween(400, 499);
    assertShape(broken);
    // amounts: one parser, the same rules as the form
    Api.Reply exponent =
        api.postMultipart(
            "olivia",
            "/api/assets",
            Samples.realEstate("QA exponent", "1000")
                .field("appraisedValue", "1e3")
                .file("TITLE_DEED", "deed.pdf", "application/pdf", Samples.pdf("deed")));
    assertError(exponent, 400, "invalid_input", null);
    assertThat(exponent.body()).contains("Appraised value must be a number");
  }

  @Test
  void aRequestOverTheLimitIsRefusedByTheServerWithA413() throws Exception {
    // declared 62 MiB (under WildFly's own 64 MiB cut-off): refused before the body is read
    long declared = 62L * 1024 * 1024;
    URI uri = api.uri("/api/assets");
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      String head =
          "POST "
              + uri.getRawPath()
              + " HTTP/1.1\r\nHost: "
              + uri.getHost()
              + ":"
              + uri.getPort()
              + "\r\nAuthorization: "
              + basic("olivia")
              + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: "
              + declared
              + "\r\nConnection: close\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[64 * 1024]);
      out.flush();
      String answer = readAnswer(socket.getInputStream());
      assertThat(answer).startsWith("HTTP/1.1 413");
      assertThat(answer)
          .contains("\"code\":\"request_entity_too_large\"")
          .contains("at most 60 MiB");
    }
    // one file over the per-file limit (20 MiB) is a 400 naming the file
    byte[] big = new byte[21 * 1024 * 1024];
    System.arraycopy(Samples.pdf("big"), 0, big, 0, Samples.pdf("big").length);
    Api.Reply tooBig =
        api.postMultipart(
            "olivia",
            "/api/assets",
            Samples.realEstate("QA big", "1000")
                .file("TITLE_DEED", "big.pdf", "application/pdf", big));
    assertError(tooBig, 400, "invalid_input", null);
    assertThat(tooBig.body()).contains("big.pdf");
  }

  @Test
  void multipartTextAndFileNamesArriveAsTheClientWroteThem() throws Exception {
    // curl -F and Python's requests name no charset: UTF-8
    String title = "大厦 QA " + UUID.randomUUID().toString().substring(0, 6);
    Form form = realEstate();
    form.text("title", title.getBytes(StandardCharsets.UTF_8), null);
    form.text("address", "黑龙江省哈尔滨市".getBytes(Charset.forName("GBK")), "text/plain; charset=GBK");
    form.file("TITLE_DEED", "产权证.pdf", Samples.pdf("deed"));
    form.file("APPRAISAL_REPORT", "估价报告.pdf", Samples.pdf("value"));
    form.file("INSURANCE_CERTIFICATE", "保险单.pdf", Samples.pdf("ins"));
    Api.Reply created = form.post("olivia", "/api/assets");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode asset = api.get("olivia", "/api/assets/" + created.json().get("id").asText()).json();
    assertThat(asset.get("summary").get("title").asText()).isEqualTo(title);
    assertThat(asset.get("address").asText()).isEqualTo("黑龙江省哈尔滨市");
    assertThat(asset.get("documents").findValuesAsText("fileName"))
        .containsExactlyInAnyOrder("产权证.pdf", "估价报告.pdf", "保险单.pdf");

    // bytes that are not text in the charset are refused, naming the field; nothing is stored
    Form invalid = realEstate();
    invalid.text("title", new byte[] {(byte) 0xE5, (byte) 0xA4, 'x', (byte) 0xFF}, null);
    invalid.text("address", "大厦".getBytes(Charset.forName("GBK")), null);
    invalid.file("TITLE_DEED", "deed.pdf", Samples.pdf("deed"));
    Api.Reply refused = invalid.post("olivia", "/api/assets");
    assertError(refused, 400, "invalid_input", null);
    assertThat(refused.json().get("problems").toString())
        .contains("Form field 'title' is not valid UTF-8 text")
        .contains("Form field 'address' is not valid UTF-8 text");
    // the investors' multipart endpoint reads its fields the same way
    Form profile = new Form();
    profile.text("country", new byte[] {(byte) 0xFF, 'C', 'N'}, null);
    Api.Reply profileRefused = profile.post("iris", "/api/investors/me/profile");
    assertError(profileRefused, 400, "invalid_input", null);
    assertThat(profileRefused.body()).contains("Form field 'country' is not valid UTF-8 text");
  }

  @Test
  void twoDecisionsAtOnceOnOneTaskGiveOneSuccessAndOneClearConflict() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (int round = 0; round < 4; round++) {
        Api.Reply created = api.submitComplete("QA race " + round, "1000");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String assetId = created.json().get("id").asText();
        api.approveUntil(assetId, "firstTrusteeApproval");
        // three trustees decide the first approval at the same instant
        String first = api.awaitTask(assetId, "firstTrusteeApproval");
        List<Api.Reply> firstReplies = race(pool, first, List.of("tom", "tina", "sam"));
        assertOneWinner(firstReplies, round + " first");
        JsonNode decided = api.get("olivia", "/api/assets/" + assetId).json().get("decisions");
        String winner = decided.get(decided.size() - 1).get("decidedBy").asText();
        List<String> others = new ArrayList<>(List.of("tom", "tina", "sam"));
        others.remove(winner);
        // the two others decide the second approval at the same instant
        String second = awaitTask(assetId, "secondTrusteeApproval", others.get(0));
        assertOneWinner(race(pool, second, others), round + " second");
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
    List<String> cookies = new ArrayList<>();
    HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    for (String path : List.of("/", "/login")) {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(api.uri(path)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      cookies.addAll(response.headers().allValues("Set-Cookie"));
    }
    assertThat(cookies).anyMatch(c -> c.startsWith("JSESSIONID="));
    assertThat(cookies.stream().filter(c -> c.startsWith("JSESSIONID=")))
        .allSatisfy(
            c ->
                assertThat(c)
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax"));
  }

  private List<Api.Reply> race(ExecutorService pool, String taskId, List<String> users)
      throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(users.size());
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (String user : users) {
      replies.add(
          pool.submit(
              () -> {
                barrier.await(30, TimeUnit.SECONDS);
                return api.postJson(
                    user,
                    String.format(DECISION, taskId),
                    "{\"decision\":\"APPROVE\",\"comment\":\"race\"}");
              }));
    }
    List<Api.Reply> result = new ArrayList<>();
    for (Future<Api.Reply> reply : replies) {
      result.add(reply.get(120, TimeUnit.SECONDS));
    }
    return result;
  }

  private static void assertOneWinner(List<Api.Reply> replies, String round) {
    assertThat(replies.stream().filter(r -> r.status() == 204))
        .as(round + " " + replies)
        .hasSize(1);
    for (Api.Reply reply : replies) {
      if (reply.status() != 204) {
        assertThat(reply.status()).as(round + " " + reply.body()).isEqualTo(409);
        assertShape(reply);
        assertThat(reply.json().get("message").asText())
            .as(round)
            .isIn(
                "This review is no longer open: it was already completed.",
                "This task is claimed by another reviewer.");
      }
    }
  }

  private String awaitTask(String subjectId, String taskKey, String user) throws Exception {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)); i++) {
      var task = api.taskOf(user, subjectId);
      if (task.isPresent() && task.get().get("taskKey").asText().equals(taskKey)) {
        return task.get().get("taskId").asText();
      }
      Poll.pause();
    }
    throw new AssertionError("No " + taskKey + " task for " + subjectId);
  }

  private static void assertError(Api.Reply reply, int status, String code, String field) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertShape(reply);
    JsonNode json = reply.json();
    assertThat(json.get("status").asInt()).isEqualTo(status);
    assertThat(json.get("code").asText()).as(reply.body()).isEqualTo(code);
    if (field != null) {
      assertThat(json.get("fields").findValuesAsText("field"))
          .as(reply.body())
          .containsExactly(field);
      assertThat(json.get("message").asText()).contains("'" + field + "'");
    }
  }

  private static void assertShape(Api.Reply reply) {
    // RFC 9457 problem details (ADR 0015), keeping the members clients read before
    assertThat(reply.contentType()).as(reply.body()).startsWith("application/problem+json");
    JsonNode json = reply.json();
    assertThat(json.has("status") && json.has("code") && json.has("message"))
        .as(reply.body())
        .isTrue();
    assertThat(json.has("type") && json.has("title") && json.has("detail"))
        .as(reply.body())
        .isTrue();
    assertThat(json.get("problems").isArray() && json.get("fields").isArray())
        .as(reply.body())
        .isTrue();
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
  }

  private Api.Reply send(HttpRequest.Builder request) throws Exception {
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    return new Api.Reply(
        response.statusCode(),
        new String(response.body(), StandardCharsets.UTF_8),
        response.body(),
        response.headers().firstValue("Content-Type").orElse(""));
  }

  private static String readAnswer(InputStream in) throws Exception {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        answer.write(buffer, 0, n);
        if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
          break;
        }
      }
    } catch (java.net.SocketException e) {
      // the server may close once it has answered
    }
    return answer.toString(StandardCharsets.UTF_8);
  }

  private Form realEstate() {
    Form form = new Form();
    form.text("submissionKey", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8), null);
    form.text("address", "88 Century Avenue".getBytes(StandardCharsets.UTF_8), null);
    form.text("jurisdiction", "CN-SH".getBytes(StandardCharsets.UTF_8), null);
    form.text("appraisedValue", "98,000,000.00".getBytes(StandardCharsets.UTF_8), null);
    form.text("currency", "CNY".getBytes(StandardCharsets.UTF_8), null);
    form.text("tokensToIssue", "1,000".getBytes(StandardCharsets.UTF_8), null);
    return form;
  }

  /** A multipart body written byte by byte, as curl or a Python client would send it. */
  private final class Form {
    private final String boundary = "qa-" + UUID.randomUUID();
    private final List<Object[]> parts = new ArrayList<>();

    void text(String name, byte[] value, String contentType) {
      parts.removeIf(p -> p[0].equals(name) && p[1] == null);
      parts.add(new Object[] {name, null, value, contentType});
    }

    void file(String name, String fileName, byte[] content) {
      parts.add(new Object[] {name, fileName, content, "application/pdf"});
    }

    Api.Reply post(String user, String path) throws Exception {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (Object[] part : parts) {
        StringBuilder head =
            new StringBuilder("--" + boundary + "\r\nContent-Disposition: form-data; name=\"")
                .append(part[0])
                .append('"');
        if (part[1] != null) {
          head.append("; filename=\"").append(part[1]).append('"');
        }
        head.append("\r\n");
        if (part[3] != null) {
          head.append("Content-Type: ").append(part[3]).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes((byte[]) part[2]);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
      return send(
          HttpRequest.newBuilder(api.uri(path))
              .header("Authorization", basic(user))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }
  }
}
