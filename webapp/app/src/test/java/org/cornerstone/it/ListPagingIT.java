package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One convention for every list (offset, limit, equality filters, X-Total-Count, Link) and the
 * versioned paths with their deprecated alias (issue 16, ADR 0015).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ListPagingIT {
  final URL base = SuiteDeployment.base();
  private final HttpClient http = HttpClient.newHttpClient();

  record Page(int status, JsonNode body, HttpResponse<String> response) {
    int total() {
      return Integer.parseInt(response.headers().firstValue("X-Total-Count").orElse("-1"));
    }

    List<String> links() {
      return response.headers().allValues("Link");
    }
  }

  @Test
  void threeListsPageTheSameWay() throws Exception {
    for (String[] list :
        List.of(
            new String[] {"ada", "/api/v1/admin/users"},
            new String[] {"ada", "/api/v1/admin/organisations"},
            new String[] {"sam", "/api/v1/assets"},
            new String[] {"ivan", "/api/v1/market"})) {
      String user = list[0];
      String path = list[1];
      Page all = get(user, path);
      assertThat(all.status()).as(path + " " + all.body()).isEqualTo(200);
      int total = all.total();
      assertThat(total).as(path).isEqualTo(all.body().size());
      assertThat(all.links()).as(path).isEmpty();
      if (total >= 2) {
        Page first = get(user, path + "?limit=1");
        assertThat(first.body()).hasSize(1);
        assertThat(first.total()).isEqualTo(total);
        assertThat(first.links())
            .anyMatch(l -> l.contains("offset=1") && l.contains("rel=\"next\""));
        Page second = get(user, path + "?offset=1&limit=1");
        assertThat(second.body().get(0)).isEqualTo(all.body().get(1));
        assertThat(second.links()).anyMatch(l -> l.contains("rel=\"prev\""));
      }
      Page beyond = get(user, path + "?offset=" + (total + 5));
      assertThat(beyond.body()).isEmpty();
      assertThat(beyond.total()).isEqualTo(total);
      for (String bad : List.of("0", "1001", "many", "-1")) {
        Page refused = get(user, path + "?limit=" + bad);
        assertBadParameter(refused, "limit");
      }
      assertBadParameter(get(user, path + "?offset=-1"), "offset");
    }
    // the registered users include at least the 13 demo users
    assertThat(get("ada", "/api/v1/admin/users").total()).isGreaterThanOrEqualTo(13);
  }

  @Test
  void aListIsFilteredByThePropertiesOfItsItems() throws Exception {
    Page ivan = get("ada", "/api/v1/admin/users?username=ivan");
    assertThat(ivan.status()).isEqualTo(200);
    assertThat(ivan.body()).hasSize(1);
    assertThat(ivan.total()).isEqualTo(1);
    assertThat(ivan.body().get(0).get("username").asText()).isEqualTo("ivan");
    Page two = get("ada", "/api/v1/admin/users?username=ivan&username=jade");
    assertThat(two.body()).hasSize(2);
    Page active = get("ada", "/api/v1/admin/users?active=true&limit=1000");
    assertThat(active.body()).allSatisfy(u -> assertThat(u.get("active").asBoolean()).isTrue());
    Page unknown = get("ada", "/api/v1/admin/users?colour=red");
    assertBadParameter(unknown, "colour");
    assertThat(unknown.body().get("detail").asText()).contains("username");
  }

  @Test
  void theUnversionedAliasAnswersTheSameAndSaysItIsDeprecated() throws Exception {
    Page versioned = get("ivan", "/api/v1/me");
    Page alias = get("ivan", "/api/me");
    assertThat(versioned.status()).isEqualTo(200);
    assertThat(alias.status()).isEqualTo(200);
    assertThat(alias.body()).isEqualTo(versioned.body());
    assertThat(versioned.response().headers().firstValue("Deprecation")).isEmpty();
    assertThat(alias.response().headers().firstValue("Deprecation"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("@"));
    assertThat(alias.links()).anyMatch(l -> l.contains("/api/v1/me>; rel=\"successor-version\""));
    // a resource created through the versioned path is named by its versioned address
    String user = "ver" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> created =
        http.send(
            HttpRequest.newBuilder(new Api(base).uri("/api/v1/investors"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\""
                            + user
                            + "\",\"displayName\":\"V\",\"password\":\"versioned-password-1\","
                            + "\"legalName\":\"Versioned Ltd\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/api/v1/investors/"));
  }

  private static void assertBadParameter(Page page, String parameter) {
    assertThat(page.status()).as(page.body().toString()).isEqualTo(400);
    assertThat(page.response().headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(page.body().get("code").asText()).isEqualTo("invalid_input");
    assertThat(page.body().get("fields").findValuesAsText("field")).containsExactly(parameter);
  }

  private Page get(String user, String path) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(new Api(base).uri(path))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Page(response.statusCode(), Api.JSON.readTree(response.body()), response);
  }
}
