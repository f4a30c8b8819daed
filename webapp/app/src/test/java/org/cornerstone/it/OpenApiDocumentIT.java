package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cornerstone.web.api.ListPaging;
import org.cornerstone.web.api.RestApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API document served at {@code /openapi} (issue 16, ADR 0015): readable without signing in,
 * valid for a real OpenAPI parser, and complete: every JAX-RS resource method of the application is
 * in it (and nothing else), each with a summary and its errors as problems.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {
  private static final String V1 = "/api/v1";
  private static OpenAPI document;
  private static String json;
  final URL base = SuiteDeployment.base();

  @BeforeAll
  static void read() {
    Api api = new Api(SuiteDeployment.base());
    Api.Reply reply = api.get(null, "/openapi?format=JSON");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    json = reply.body();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json, null, options);
    assertThat(parsed.getMessages()).as("the parser's findings").isEmpty();
    document = parsed.getOpenAPI();
    assertThat(document).isNotNull();
  }

  @Test
  void theDocumentIsOpenApi3AndNeedsNoSignIn() {
    assertThat(document.getOpenapi()).startsWith("3.");
    assertThat(document.getInfo().getTitle()).isEqualTo("Cornerstone API");
    assertThat(document.getComponents().getSecuritySchemes().get("basic").getScheme())
        .isEqualTo("basic");
    assertThat(document.getComponents().getSchemas()).containsKey("Problem");
    assertThat(document.getComponents().getSchemas().get("Problem").getProperties())
        .containsKeys(
            "type", "title", "status", "detail", "instance", "code", "problems", "fields");
  }

  @Test
  void everyResourceMethodIsInTheDocumentAndNothingElse() {
    Set<String> declared = resourceMethods();
    Set<String> documented = new TreeSet<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(m -> documented.add(m.name() + " " + path)));
    assertThat(declared).hasSizeGreaterThan(70);
    assertThat(documented).as("missing from the document").containsAll(declared);
    assertThat(declared).as("documented but not served").containsAll(documented);
  }

  @Test
  void everyOperationHasASummaryAndItsErrorsAsProblems() {
    List<String> faults = new ArrayList<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach((method, operation) -> check(method, path, operation, faults)));
    assertThat(faults).isEmpty();
  }

  @Test
  void everyListDocumentsThePagingConvention() {
    int lists = 0;
    for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
      Operation get = path.getValue().getGet();
      if (get == null || !isArray(get.getResponses().get("200"))) {
        continue;
      }
      lists++;
      assertThat(get.getParameters())
          .as(path.getKey())
          .extracting(Parameter::getName)
          .contains("offset", "limit", "filter");
      Parameter limit =
          get.getParameters().stream().filter(p -> p.getName().equals("limit")).findFirst().get();
      assertThat(limit.getSchema().getMaximum().intValue()).isEqualTo(ListPaging.MAX_LIMIT);
      assertThat(get.getResponses().get("200").getHeaders()).containsKeys("X-Total-Count", "Link");
    }
    assertThat(lists).isGreaterThanOrEqualTo(20);
  }

  @Test
  void theInteractivePageServesSwaggerUiFromTheApplication() {
    Api api = new Api(base);
    Api.Reply page = api.get(null, "/api-docs");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    String bundle = between(page.body(), "<script src=\"", "\"");
    assertThat(bundle).startsWith("/webjars/swagger-ui/").endsWith("/swagger-ui-bundle.js");
    Api.Reply script = api.get(null, bundle);
    assertThat(script.status()).isEqualTo(200);
    assertThat(script.body()).contains("SwaggerUIBundle");
    Api.Reply init = api.get(null, "/api-docs/init.js");
    assertThat(init.status()).isEqualTo(200);
    assertThat(init.body()).contains("/openapi?format=JSON");
    assertThat(page.body()).doesNotContain("http://").doesNotContain("https://");
  }

  private static void check(
      PathItem.HttpMethod method, String path, Operation operation, List<String> faults) {
    String name = method + " " + path;
    if (operation.getSummary() == null || operation.getSummary().isBlank()) {
      faults.add(name + ": no summary");
    }
    if (operation.getOperationId() == null) {
      faults.add(name + ": no operationId");
    }
    Map<String, ApiResponse> responses = operation.getResponses();
    boolean anonymous =
        operation.getSecurity() != null
            && (operation.getSecurity().isEmpty()
                || operation.getSecurity().stream().anyMatch(Map::isEmpty));
    List<String> expected = new ArrayList<>(List.of("429", "500"));
    if (!anonymous) {
      expected.addAll(List.of("401", "403"));
    }
    if (path.contains("{")) {
      expected.add("404");
    }
    if (operation.getRequestBody() != null) {
      expected.addAll(List.of("400", "413", "415"));
    }
    if (method != PathItem.HttpMethod.GET) {
      expected.add("409");
    }
    for (String status : expected) {
      if (!responses.containsKey(status)) {
        faults.add(name + ": no " + status);
      }
    }
    if (responses.keySet().stream().noneMatch(s -> s.startsWith("2"))) {
      faults.add(name + ": no success response");
    }
    responses.forEach(
        (status, response) -> {
          if (status.startsWith("4") || status.startsWith("5")) {
            ApiResponse resolved = resolve(response);
            if (resolved == null) {
              faults.add(name + ": " + status + " refers to nothing: " + response.get$ref());
              return;
            }
            var content = resolved.getContent();
            if (content == null || !content.containsKey("application/problem+json")) {
              faults.add(name + ": " + status + " is not a problem");
            }
          }
        });
  }

  /** The response itself, or the shared one it refers to ({@code #/components/responses/X}). */
  private static ApiResponse resolve(ApiResponse response) {
    if (response.get$ref() == null) {
      return response;
    }
    String ref = response.get$ref();
    return document.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static boolean isArray(ApiResponse ok) {
    if (ok == null || ok.getContent() == null || ok.getContent().get("application/json") == null) {
      return false;
    }
    var schema = ok.getContent().get("application/json").getSchema();
    return schema != null
        && ("array".equals(schema.getType())
            || (schema.getTypes() != null && schema.getTypes().contains("array")));
  }

  /** "GET /api/v1/assets/{id}" for every resource method, by reflection. */
  static Set<String> resourceMethods() {
    Set<String> methods = new TreeSet<>();
    for (Class<?> type : new RestApplication().getClasses()) {
      Path root = type.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      for (Method method : type.getMethods()) {
        String http = httpMethod(method);
        if (http == null) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        methods.add(http + " " + join(V1, root.value(), sub == null ? "" : sub.value()));
      }
    }
    return methods;
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value().toUpperCase(Locale.ROOT);
      }
    }
    return null;
  }

  private static String join(String... parts) {
    String joined = String.join("/", parts).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }
}
