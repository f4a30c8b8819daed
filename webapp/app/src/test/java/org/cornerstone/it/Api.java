package org.cornerstone.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A small client of Cornerstone's REST API for integration tests. */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  Api(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  URI uri(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  /** A response with its body. */
  record Reply(int status, String body, byte[] bytes, String contentType) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON: " + body, e);
      }
    }
  }

  Reply get(String user, String path) {
    return send(request(user, path).GET().build());
  }

  Reply postJson(String user, String path, String json) {
    return send(
        request(user, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** Any method with an optional JSON body (DELETE, PATCH, ...). */
  Reply send(String user, String method, String path, String json) {
    return send(
        request(user, path)
            .header("Content-Type", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  Reply putJson(String user, String path, String json) {
    return send(
        request(user, path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  Reply postMultipart(String user, String path, Multipart form) {
    return sendMultipart(user, "POST", path, form);
  }

  Reply sendMultipart(String user, String method, String path, Multipart form) {
    return send(
        request(user, path)
            .header("Content-Type", "multipart/form-data; boundary=" + form.boundary)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
            .build());
  }

  private HttpRequest.Builder request(String user, String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    if (user != null) {
      String token = user + ":" + user + "-demo";
      builder.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private Reply send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(
          response.statusCode(),
          new String(response.body(), StandardCharsets.UTF_8),
          response.body(),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (IOException e) {
      throw new AssertionError("Request failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Olivia submits a real-estate asset in Shanghai with every document the decision table asks for
   * there: title deed, appraisal report, insurance certificate.
   */
  Reply submitComplete(String title, String tokens) {
    return postMultipart(
        "olivia",
        "/api/assets",
        Samples.realEstate(title, tokens)
            .file("TITLE_DEED", "deed.pdf", "application/pdf", Samples.pdf("deed"))
            .file("APPRAISAL_REPORT", "appraisal.pdf", "application/pdf", Samples.pdf("value"))
            .file("INSURANCE_CERTIFICATE", "insurance.pdf", "application/pdf", Samples.pdf("ins")));
  }

  /**
   * A real-estate asset of {@code tokens} tokens submitted by olivia, approved by every reviewer
   * and tokenized; answers its id.
   */
  String tokenizedAsset(String title, String tokens) throws InterruptedException {
    Reply created = submitComplete(title, tokens);
    if (created.status() != 201) {
      throw new AssertionError("asset refused: " + created.status() + " " + created.body());
    }
    String asset = created.json().get("id").asText();
    approveUntil(asset, "none");
    awaitStatus(asset, "TOKENIZED");
    return asset;
  }

  /** Who reviews each step in the tests, and what they send with an approval. */
  static final Map<String, String> REVIEWER =
      Map.of(
          "complianceReview", "carl",
          "independentValuation", "victor",
          "legalReview", "lena",
          "firstTrusteeApproval", "tom",
          "secondTrusteeApproval", "tina");

  /** The open task of an asset as this reviewer sees it, if any. */
  /**
   * A cash deposit of {@code amount} CNY for {@code user}, confirmed by the settlement bank
   * (bella); returns once the cash tokens are issued.
   */
  void depositCny(String user, String amount) throws InterruptedException {
    Reply deposit =
        postJson(
            user,
            "/api/cash/deposits",
            "{\"amount\":\""
                + amount
                + "\",\"currency\":\"CNY\",\"reference\":\"IT\",\"requestKey\":\""
                + UUID.randomUUID()
                + "\"}");
    if (deposit.status() != 201) {
      throw new AssertionError("deposit refused: " + deposit.body());
    }
    String id = deposit.json().get("id").asText();
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)) && taskOf("bella", id).isEmpty(); i++) {
      Poll.pause();
    }
    String task =
        taskOf("bella", id)
            .orElseThrow(() -> new AssertionError("no task for bella on " + id))
            .get("taskId")
            .asText();
    Reply confirmed =
        postJson(
            "bella",
            "/api/tasks/" + task + "/decision",
            "{\"decision\":\"APPROVE\",\"comment\":\"Funds received\"}");
    if (confirmed.status() != 204) {
      throw new AssertionError("deposit not confirmed: " + confirmed.body());
    }
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      if ("COMPLETED".equals(get(user, "/api/cash/requests/" + id).json().get("status").asText())) {
        return;
      }
      Poll.pause();
    }
    throw new AssertionError("Deposit " + id + " was not completed");
  }

  java.util.Optional<JsonNode> taskOf(String user, String subjectId) {
    for (JsonNode task : get(user, "/api/tasks").json()) {
      if (task.get("subjectId").asText().equals(subjectId)) {
        return java.util.Optional.of(task);
      }
    }
    return java.util.Optional.empty();
  }

  /** Waits (up to 30 s) until the asset's open task is the given step; returns its task id. */
  String awaitTask(String subjectId, String taskKey) throws InterruptedException {
    String user = REVIEWER.get(taskKey);
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)); i++) {
      var task = taskOf(user, subjectId);
      if (task.isPresent() && task.get().get("taskKey").asText().equals(taskKey)) {
        return task.get().get("taskId").asText();
      }
      Poll.pause();
    }
    throw new AssertionError("No " + taskKey + " task for " + subjectId);
  }

  /** Approves one step as its reviewer (the valuer with a figure); returns the reply. */
  Reply approve(String subjectId, String taskKey) throws InterruptedException {
    String taskId = awaitTask(subjectId, taskKey);
    String body =
        "independentValuation".equals(taskKey)
            ? "{\"decision\":\"APPROVE\",\"appraisedValue\":\"95000000.00\"}"
            : "{\"decision\":\"APPROVE\",\"comment\":\"Checked\"}";
    return postJson(REVIEWER.get(taskKey), "/api/tasks/" + taskId + "/decision", body);
  }

  /** Approves every review step of a real-estate asset up to (not including) the given step. */
  void approveUntil(String subjectId, String stopAt) throws InterruptedException {
    for (String step :
        List.of(
            "complianceReview",
            "independentValuation",
            "legalReview",
            "firstTrusteeApproval",
            "secondTrusteeApproval")) {
      if (step.equals(stopAt)) {
        return;
      }
      Reply reply = approve(subjectId, step);
      if (reply.status() != 204) {
        throw new AssertionError(step + " failed: " + reply.status() + " " + reply.body());
      }
    }
  }

  /** Polls the asset (as its originator) until it reaches the status, for at most a minute. */
  JsonNode awaitStatus(String assetId, String status) throws InterruptedException {
    Reply last = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      last = get("olivia", "/api/assets/" + assetId);
      // a reply that is not the asset (the server busy) is reported at the end, not fatal here
      if (last.status() == 200
          && status.equals(last.json().path("summary").path("status").asText())) {
        return last.json();
      }
      Poll.pause();
    }
    throw new AssertionError(
        "Asset "
            + assetId
            + " did not reach "
            + status
            + "; last reply "
            + last.status()
            + ": "
            + last.body());
  }

  static Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.server.db.url", System.getProperty("it.db.url")),
        System.getProperty("it.db.user", "postgres"),
        System.getProperty("it.db.password", ""));
  }

  /** A multipart/form-data body. */
  static final class Multipart {
    final String boundary = "cornerstone-" + UUID.randomUUID();
    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, Object[]> files = new LinkedHashMap<>();

    Multipart field(String name, String value) {
      fields.put(name, value);
      return this;
    }

    Multipart file(String part, String fileName, String contentType, byte[] content) {
      files.put(part + "\u0000" + fileName, new Object[] {part, fileName, contentType, content});
      return this;
    }

    byte[] bytes() {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fields.forEach(
          (name, value) ->
              write(
                  out,
                  "--"
                      + boundary
                      + "\r\nContent-Disposition: form-data; name=\""
                      + name
                      + "\"\r\n\r\n"
                      + value
                      + "\r\n"));
      for (Object[] file : files.values()) {
        write(
            out,
            "--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + file[0]
                + "\"; filename=\""
                + file[1]
                + "\"\r\nContent-Type: "
                + file[2]
                + "\r\n\r\n");
        out.writeBytes((byte[]) file[3]);
        write(out, "\r\n");
      }
      write(out, "--" + boundary + "--\r\n");
      return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
      out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
