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
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every error path answers an RFC 9457 problem ({@code application/problem+json}: type, title,
 * status, detail, instance) that keeps the members clients read before (code, message, problems,
 * fields), on the versioned paths and on the deprecated alias (issue 16, ADR 0015).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemDetailsIT {
  private static final String DECISION = "/api/v1/tasks/no-such-task/decision";
  final URL base = SuiteDeployment.base();
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  @Test
  void validation() {
    JsonNode problem =
        assertProblem(api.postJson("tina", DECISION, "{\"comment\":\"x\"}"), 400, "invalid_input");
    assertThat(problem.get("title").asText()).isEqualTo("Invalid input");
    assertThat(problem.get("problems").get(0).asText()).startsWith("Give a decision");
    assertThat(problem.get("instance").asText()).isEqualTo(DECISION);
  }

  @Test
  void invalidJson() {
    JsonNode problem =
        assertProblem(api.postJson("tina", DECISION, "{\"decision\": "), 400, "invalid_json");
    assertThat(problem.get("detail").asText()).startsWith("The body is not valid JSON");
  }

  @Test
  void aValueOfTheWrongType() {
    JsonNode problem =
        assertProblem(api.postJson("tina", DECISION, "{\"approved\": 1}"), 400, "invalid_json");
    assertThat(problem.get("fields").get(0).get("field").asText()).isEqualTo("approved");
  }

  @Test
  void notFound() {
    assertProblem(api.get("olivia", "/api/v1/assets/no-such-asset"), 404, "not_found");
    JsonNode nowhere =
        assertProblem(api.get("olivia", "/api/v1/no/such/address"), 404, "not_found");
    assertThat(nowhere.get("instance").asText()).isEqualTo("/api/v1/no/such/address");
    // the deprecated alias answers the same problem, naming the address as called
    JsonNode alias =
        assertProblem(api.get("olivia", "/api/assets/no-such-asset"), 404, "not_found");
    assertThat(alias.get("instance").asText()).isEqualTo("/api/assets/no-such-asset");
  }

  @Test
  void conflict() {
    JsonNode problem =
        assertProblem(
            api.postJson(
                null,
                "/api/v1/investors",
                "{\"username\":\"ivan\",\"displayName\":\"I\",\"password\":\"another-password-1\","
                    + "\"legalName\":\"Someone Else\"}"),
            409,
            "conflict");
    assertThat(problem.get("detail").asText()).contains("already taken");
  }

  @Test
  void notSignedIn() {
    Api.Reply reply = api.get(null, "/api/v1/me");
    assertProblem(reply, 401, "unauthorized");
    Api.Reply wrongPassword =
        send(
            HttpRequest.newBuilder(api.uri("/api/v1/me"))
                .header("Authorization", basic("ivan", "wrong-password"))
                .GET());
    assertProblem(wrongPassword, 401, "unauthorized");
  }

  @Test
  void forbidden() {
    assertProblem(api.get("ivan", "/api/v1/admin/users"), 403, "forbidden");
  }

  @Test
  void methodNotAllowed() {
    assertProblem(api.send("ivan", "DELETE", "/api/v1/me", null), 405, "method_not_allowed");
  }

  @Test
  void unacceptable() {
    assertProblem(
        send(
            HttpRequest.newBuilder(api.uri("/api/v1/me"))
                .header("Authorization", basic("ivan", "ivan-demo"))
                .header("Accept", "application/xml")
                .GET()),
        406,
        "not_acceptable");
  }

  @Test
  void unsupportedMediaType() {
    assertProblem(
        send(
            HttpRequest.newBuilder(api.uri(DECISION))
                .header("Authorization", basic("tina", "tina-demo"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("APPROVE"))),
        415,
        "unsupported_media_type");
  }

  @Test
  void requestTooLarge() throws Exception {
    URI uri = api.uri("/api/v1/assets");
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
              + basic("olivia", "olivia-demo")
              + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: "
              + 62L * 1024 * 1024
              + "\r\nConnection: close\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[64 * 1024]);
      out.flush();
      String answer = readAnswer(socket.getInputStream());
      assertThat(answer).startsWith("HTTP/1.1 413");
      assertThat(answer.toLowerCase(java.util.Locale.ROOT))
          .contains("content-type: application/problem+json");
      String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
      body = body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1);
      JsonNode problem = Api.JSON.readTree(body);
      assertThat(problem.get("type").asText())
          .isEqualTo("urn:cornerstone:problem:request_entity_too_large");
      assertThat(problem.get("status").asInt()).isEqualTo(413);
      assertThat(problem.get("instance").asText()).isEqualTo("/api/v1/assets");
      assertThat(problem.get("detail").asText()).contains("at most 60 MiB");
    }
  }

  static JsonNode assertProblem(Api.Reply reply, int status, String code) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.contentType()).as(reply.body()).startsWith("application/problem+json");
    JsonNode json = reply.json();
    assertThat(json.get("type").asText()).isEqualTo("urn:cornerstone:problem:" + code);
    assertThat(json.get("title").asText()).isNotBlank();
    assertThat(json.get("status").asInt()).isEqualTo(status);
    assertThat(json.get("detail").asText()).isNotBlank();
    assertThat(json.get("instance").asText()).startsWith("/api/");
    assertThat(json.get("code").asText()).isEqualTo(code);
    assertThat(json.get("message").asText()).isEqualTo(json.get("detail").asText());
    assertThat(json.get("problems").isArray() && json.get("problems").size() > 0).isTrue();
    assertThat(json.get("fields").isArray()).isTrue();
    return json;
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static Api.Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> response =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Api.Reply(
          response.statusCode(),
          new String(response.body(), StandardCharsets.UTF_8),
          response.body(),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String readAnswer(InputStream in) throws Exception {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        answer.write(buffer, 0, n);
        String text = answer.toString(StandardCharsets.UTF_8);
        if (text.contains("\r\n\r\n") && text.trim().endsWith("}")) {
          break;
        }
      }
    } catch (java.net.SocketException e) {
      // the server may close once it has answered
    }
    return answer.toString(StandardCharsets.UTF_8);
  }
}
