package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.cornerstone.security.AuthorizationMatrix;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST half of the authorization matrix ({@code authorization-matrix.csv}): every endpoint of
 * the API (found by reflection over the {@code @Path} classes) is in the table, and is called as
 * every role's demo user over Basic authentication and as nobody; each answer must be the table's
 * status. The calls name ids that do not exist and send empty bodies, so an allowed call is refused
 * by the endpoint (404, 400) and changes nothing. Then the object-level checks: one originator
 * never sees another's asset, one investor never another's cash, orders or holdings.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {
  final URL base = SuiteDeployment.base();

  /** Every endpoint of the API as "METHOD /api/template". */
  static Set<String> endpoints() {
    Set<String> endpoints = new TreeSet<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cornerstone")) {
      if (!type.isAnnotatedWith(Path.class)) {
        continue;
      }
      Class<?> resource = type.reflect();
      for (Method method : resource.getMethods()) {
        for (Annotation a : method.getAnnotations()) {
          HttpMethod designator = a.annotationType().getAnnotation(HttpMethod.class);
          if (designator != null) {
            endpoints.add(designator.value() + " " + template(resource, method));
          }
        }
      }
    }
    return endpoints;
  }

  static String template(Class<?> resource, Method method) {
    StringBuilder template = new StringBuilder("/api");
    for (Path part :
        new Path[] {resource.getAnnotation(Path.class), method.getAnnotation(Path.class)}) {
      if (part != null) {
        String p = part.value().replaceAll("^/+", "").replaceAll("/+$", "");
        if (!p.isEmpty()) {
          template.append('/').append(p);
        }
      }
    }
    return template.toString();
  }

  @Test
  void everyEndpointIsInTheTableAndEveryLineIsAnEndpoint() {
    List<String> inTable =
        AuthorizationMatrix.of("rest").stream().map(AuthorizationMatrix.Row::key).toList();
    assertThat(inTable).doesNotHaveDuplicates();
    assertThat(inTable).containsExactlyInAnyOrderElementsOf(endpoints());
  }

  @Test
  void everyRoleGetsExactlyTheTablesStatusFromEveryEndpoint() {
    Api api = new Api(base);
    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (AuthorizationMatrix.Row row : AuthorizationMatrix.of("rest")) {
      for (AuthorizationMatrix.Column column : AuthorizationMatrix.COLUMNS) {
        calls++;
        check(api, row, column.user(), row.expected().get(column.name()), wrong);
      }
      calls++;
      check(api, row, null, row.expected().get(AuthorizationMatrix.ANONYMOUS), wrong);
    }
    assertThat(wrong)
        .as("%d of %d calls answered otherwise than the table", wrong.size(), calls)
        .isEmpty();
    // every state-changing endpoint called above is in the audit log of user actions
    List<String> unrecorded = new ArrayList<>();
    for (AuthorizationMatrix.Row row : AuthorizationMatrix.of("rest")) {
      if (row.method().equals("GET")) {
        continue;
      }
      Api.Reply log =
          api.get(
              "audrey",
              "/api/audit/user-actions?size=20&user=anonymous&action="
                  + java.net.URLEncoder.encode(row.key(), java.nio.charset.StandardCharsets.UTF_8));
      assertThat(log.status()).as(log.body()).isEqualTo(200);
      boolean found = false;
      for (JsonNode line : log.json().get("items")) {
        found |=
            line.get("action").asText().equals(row.key())
                && line.get("subject").asText().equals(row.target().replaceAll("\\?.*", ""));
      }
      if (!found) {
        unrecorded.add(row.key());
      }
    }
    assertThat(unrecorded).as("state-changing calls missing from the audit log").isEmpty();
  }

  private static void check(
      Api api, AuthorizationMatrix.Row row, String user, int expected, List<String> wrong) {
    Api.Reply reply = call(api, row, user);
    if (reply.status() != expected) {
      wrong.add(
          row.key()
              + " as "
              + (user == null ? "nobody" : user)
              + ": expected "
              + expected
              + ", got "
              + reply.status()
              + " "
              + reply.body().substring(0, Math.min(160, reply.body().length())));
    }
  }

  static Api.Reply call(Api api, AuthorizationMatrix.Row row, String user) {
    String target = row.target();
    switch (row.body()) {
      case "":
        return api.send(user, row.method(), target, null);
      case "{}":
        return api.send(user, row.method(), target, "{}");
      case "multipart":
        return api.sendMultipart(
            user, row.method(), target, new Api.Multipart().field("note", "authorization matrix"));
      default:
        throw new IllegalStateException("Unknown body " + row.body() + " for " + row.key());
    }
  }

  @Test
  void anOriginatorNeverSeesAnotherOriginatorsAsset() {
    Api api = new Api(base);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String other = "otto" + suffix;
    Api.Reply organisation =
        api.postJson(
            "ada",
            "/api/admin/organisations",
            "{\"name\":\"Otto Estates "
                + suffix
                + "\",\"kind\":\"ORIGINATOR\",\"x500Name\":\"CN=Otto Estates "
                + suffix
                + ", O=Otto Estates "
                + suffix
                + ", L=Shanghai, C=CN\"}");
    assertThat(organisation.status()).as(organisation.body()).isIn(200, 201);
    String organisationId = organisation.json().get("id").asText();
    Api.Reply user =
        api.postJson(
            "ada",
            "/api/admin/users",
            "{\"username\":\""
                + other
                + "\",\"displayName\":\"Otto Originator\",\"organisationId\":\""
                + organisationId
                + "\",\"roles\":[\"ORIGINATOR\"],\"initialPassword\":\""
                + other
                + "-demo\"}");
    assertThat(user.status()).as(user.body()).isIn(200, 201);

    Api.Reply submitted = api.submitComplete("Matrix Tower " + suffix, "1000");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    String asset = submitted.json().get("id").asText();
    JsonNode details = api.get("olivia", "/api/assets/" + asset).json();
    String document =
        details.findValuesAsText("id").stream()
            .filter(id -> !id.equals(asset))
            .findFirst()
            .orElseThrow();

    // 404, not 403: another originator's asset is answered as if it did not exist, so that its
    // id does not even tell that the asset exists (the queries filter by owner before looking)
    assertThat(api.get(other, "/api/assets/" + asset).status()).isEqualTo(404);
    assertThat(api.get(other, "/api/assets/" + asset + "/process").status()).isEqualTo(404);
    assertThat(api.get(other, "/api/assets/" + asset + "/documents/" + document).status())
        .isEqualTo(404);
    Api.Reply list = api.get(other, "/api/assets");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).doesNotContain(asset);
    // the owner and the reviewers do see it
    assertThat(api.get("olivia", "/api/assets/" + asset).status()).isEqualTo(200);
    assertThat(api.get("olivia", "/api/assets/" + asset + "/documents/" + document).status())
        .isEqualTo(200);
    assertThat(api.get("carl", "/api/assets/" + asset).status()).isEqualTo(200);
    assertThat(api.get("olivia", "/api/assets").body()).contains(asset);
  }

  @Test
  void anInvestorNeverSeesAnotherInvestorsCashOrdersOrHoldings() throws Exception {
    Api api = new Api(base);
    String instrument = TradingApiIT.ivanHoldsTokensOfANewAsset(api, 40);
    // ivan offers 10 above the market: the order rests on the book
    JsonNode order =
        TradingApiIT.ok(
            api.postJson(
                "ivan",
                "/api/market/" + instrument + "/orders",
                TradingApiIT.order("SELL", "13.00", "10", "GTC", UUID.randomUUID().toString())));
    long orderId = order.get("orderId").asLong();
    // jade asks for a deposit (a request of hers, pending at the bank)
    Api.Reply deposit =
        api.postJson(
            "jade",
            "/api/cash/deposits",
            "{\"amount\":\"1.00\",\"currency\":\"CNY\",\"reference\":\"matrix\",\"requestKey\":\""
                + UUID.randomUUID()
                + "\"}");
    assertThat(deposit.status()).as(deposit.body()).isEqualTo(201);
    String request = deposit.json().get("id").asText();

    // orders: jade neither reads, cancels nor amends ivan's order (403: the order's id is on the
    // public book's trades anyway, the answer says only that it is not hers)
    Api.Reply history = api.get("jade", "/api/orders/" + orderId + "/history");
    assertThat(history.status()).as(history.body()).isEqualTo(403);
    Api.Reply cancel = api.send("jade", "DELETE", "/api/orders/" + orderId, null);
    assertThat(cancel.status()).as(cancel.body()).isEqualTo(403);
    Api.Reply amend = api.send("jade", "PATCH", "/api/orders/" + orderId, "{\"quantity\":5}");
    assertThat(amend.status()).as(amend.body()).isEqualTo(403);
    assertThat(api.get("jade", "/api/orders/mine").body()).doesNotContain("\"orderId\":" + orderId);
    assertThat(api.get("ivan", "/api/orders/mine").body()).contains("\"orderId\":" + orderId);
    assertThat(api.get("ivan", "/api/orders/" + orderId + "/history").status()).isEqualTo(200);
    // the order is untouched
    JsonNode mine = null;
    for (JsonNode o : api.get("ivan", "/api/orders/mine").json()) {
      if (o.get("orderId").asLong() == orderId) {
        mine = o;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("status").asText()).isEqualTo("OPEN");
    assertThat(mine.get("openQuantity").asLong()).isEqualTo(10);

    // cash: ivan does not read jade's request (404: the query looks among his own requests only)
    Api.Reply other = api.get("ivan", "/api/cash/requests/" + request);
    assertThat(other.status()).as(other.body()).isEqualTo(404);
    assertThat(api.get("jade", "/api/cash/requests/" + request).status()).isEqualTo(200);
    assertThat(api.get("ivan", "/api/cash").body()).doesNotContain(request);

    // holdings: each sees only their own organisation's
    for (JsonNode holding : api.get("jade", "/api/holdings").json()) {
      assertThat(holding.get("holder").asText()).contains("Jade Harbour");
    }
    assertThat(api.get("jade", "/api/holdings").body()).doesNotContain("Ivy Capital");
    assertThat(api.get("ivan", "/api/holdings").body()).contains(instrument);
    // trades: every trade jade sees is hers (she is its buyer or seller)
    // (jade has trades only when other suites of the run made some: the check is on each one seen)
    for (JsonNode trade : api.get("jade", "/api/trades/mine").json()) {
      assertThat(List.of(trade.get("buyer").asText(), trade.get("seller").asText()))
          .as(trade.toString())
          .contains("jade");
    }
  }
}
