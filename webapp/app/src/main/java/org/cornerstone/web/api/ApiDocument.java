package org.cornerstone.web.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Completes the OpenAPI document SmallRye generates from the resources (configured in {@code
 * META-INF/microprofile-config.properties}, {@code mp.openapi.filter}): the paths carry the version
 * ({@code /api/v1/...}, ADR 0015); the errors every operation of a kind can answer are added as
 * references to the shared problem responses (401/403/429 when signing in is required, 404 when the
 * path names something, 400/413/415 with a body, 409 on a change, 500 always); every list gets the
 * paging and filtering parameters and headers of {@link ListPaging}. What an operation declares
 * itself is kept.
 */
public class ApiDocument implements OASFilter {
  static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

  /** The shared problem responses: name, status, description. */
  static final List<String[]> RESPONSES =
      List.of(
          new String[] {
            "BadRequest",
            "400",
            "The request has problems (code invalid_input or"
                + " invalid_json); problems lists each, fields names the fields."
          },
          new String[] {"Unauthorized", "401", "Sign in (HTTP Basic authentication)."},
          new String[] {
            "Forbidden",
            "403",
            "The caller's role or relation to the object does" + " not allow this request."
          },
          new String[] {"NotFound", "404", "Nothing the caller can see at this address."},
          new String[] {
            "Conflict",
            "409",
            "The request conflicts with the current state (already"
                + " decided, taken, changed by someone else at the same moment)."
          },
          new String[] {"PayloadTooLarge", "413", "The request is larger than the server accepts."},
          new String[] {
            "UnsupportedMediaType",
            "415",
            "The body is not of a type this operation"
                + " reads (application/json or multipart/form-data, as documented)."
          },
          new String[] {"TooManyRequests", "429", "Too many attempts; wait as Retry-After says."},
          new String[] {
            "InternalServerError",
            "500",
            "Something went wrong on the server; the"
                + " detail gives a reference to quote. Nothing was saved."
          });

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    // SmallRye leaves an empty externalDocs object, which OpenAPI forbids (url is required)
    if (openAPI.getExternalDocs() != null && blank(openAPI.getExternalDocs().getUrl())) {
      openAPI.setExternalDocs(null);
    }
    // and an empty license object (name is required)
    if (openAPI.getInfo() != null
        && openAPI.getInfo().getLicense() != null
        && blank(openAPI.getInfo().getLicense().getName())) {
      openAPI.getInfo().setLicense(null);
    }
    Components components = openAPI.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openAPI.setComponents(components);
    }
    for (String[] response : RESPONSES) {
      components.addResponse(
          response[0],
          OASFactory.createAPIResponse().description(response[2]).content(problemContent()));
    }
    Paths paths = openAPI.getPaths();
    if (paths == null) {
      return;
    }
    Map<String, PathItem> items = new TreeMap<>(paths.getPathItems());
    for (String path : items.keySet()) {
      paths.removePathItem(path);
    }
    for (Map.Entry<String, PathItem> item : items.entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          item.getValue().getOperations().entrySet()) {
        complete(operation.getKey(), operation.getValue(), item.getValue());
      }
      paths.addPathItem(versioned(item.getKey()), item.getValue());
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** {@code /api/v1/assets} for {@code /api/assets}. */
  static String versioned(String path) {
    return path.startsWith("/api/") ? "/api/" + ApiVersions.CURRENT + path.substring(4) : path;
  }

  private static void complete(PathItem.HttpMethod method, Operation operation, PathItem item) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    boolean list = isList(method, responses);
    if (list) {
      addPaging(operation, responses);
    }
    if (signInRequired(operation)) {
      add(responses, "401", "Unauthorized");
      add(responses, "403", "Forbidden");
    }
    add(responses, "429", "TooManyRequests");
    if (has(operation.getParameters(), Parameter.In.PATH)
        || has(item.getParameters(), Parameter.In.PATH)) {
      add(responses, "404", "NotFound");
    }
    if (operation.getRequestBody() != null) {
      add(responses, "400", "BadRequest");
      add(responses, "413", "PayloadTooLarge");
      add(responses, "415", "UnsupportedMediaType");
    }
    if (has(operation.getParameters(), Parameter.In.QUERY) || list) {
      add(responses, "400", "BadRequest");
    }
    if (method != PathItem.HttpMethod.GET) {
      add(responses, "409", "Conflict");
    }
    add(responses, "500", "InternalServerError");
  }

  /**
   * Signing in is required unless the operation overrides the document's requirement with none
   * ({@code security: []}) or an empty one ({@code security: [{}]}).
   */
  static boolean signInRequired(Operation operation) {
    List<SecurityRequirement> security = operation.getSecurity();
    if (security == null) {
      return true;
    }
    return !security.isEmpty()
        && security.stream().noneMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
  }

  private static boolean has(List<Parameter> parameters, Parameter.In in) {
    return parameters != null && parameters.stream().anyMatch(p -> p.getIn() == in);
  }

  private static void add(APIResponses responses, String status, String name) {
    if (!responses.hasAPIResponse(status)) {
      responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
    }
  }

  /** A GET answering 200 with a JSON array. */
  static boolean isList(PathItem.HttpMethod method, APIResponses responses) {
    if (method != PathItem.HttpMethod.GET || !responses.hasAPIResponse("200")) {
      return false;
    }
    Content content = responses.getAPIResponse("200").getContent();
    if (content == null || content.getMediaType("application/json") == null) {
      return false;
    }
    Schema schema = content.getMediaType("application/json").getSchema();
    return schema != null
        && schema.getType() != null
        && schema.getType().contains(Schema.SchemaType.ARRAY);
  }

  private static void addPaging(Operation operation, APIResponses responses) {
    operation.addParameter(
        OASFactory.createParameter()
            .name("offset")
            .in(Parameter.In.QUERY)
            .description("How many matching items to skip (default 0).")
            .schema(integer(0, null, 0)));
    operation.addParameter(
        OASFactory.createParameter()
            .name("limit")
            .in(Parameter.In.QUERY)
            .description(
                "How many items at most (default "
                    + ListPaging.DEFAULT_LIMIT
                    + ", at most "
                    + ListPaging.MAX_LIMIT
                    + "); another value is a 400 problem.")
            .schema(integer(1, ListPaging.MAX_LIMIT, ListPaging.DEFAULT_LIMIT)));
    operation.addParameter(
        OASFactory.createParameter()
            .name("filter")
            .in(Parameter.In.QUERY)
            .style(Parameter.Style.FORM)
            .explode(true)
            .description(
                "Any other query parameter named after a plain property of the items filters by"
                    + " equality (?status=OPEN&side=BUY; a parameter given twice matches either"
                    + " value). Filtering by a property the items do not have is a 400 problem.")
            .schema(
                OASFactory.createSchema()
                    .addType(Schema.SchemaType.OBJECT)
                    .additionalPropertiesSchema(
                        OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
    APIResponse ok = responses.getAPIResponse("200");
    ok.addHeader(
        ListPaging.TOTAL,
        OASFactory.createHeader()
            .description("How many items match (all pages).")
            .schema(integer(0, null, null)));
    ok.addHeader(
        "Link",
        OASFactory.createHeader()
            .description("The next and previous pages (rel=\"next\", rel=\"prev\"), if any.")
            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
  }

  private static Schema integer(Integer min, Integer max, Integer otherwise) {
    Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32");
    if (min != null) {
      schema.setMinimum(BigDecimal.valueOf(min));
    }
    if (max != null) {
      schema.setMaximum(BigDecimal.valueOf(max));
    }
    if (otherwise != null) {
      schema.setDefaultValue(otherwise);
    }
    return schema;
  }

  static Content problemContent() {
    MediaType problem =
        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
    return OASFactory.createContent().addMediaType(ApiError.PROBLEM_JSON, problem);
  }
}
