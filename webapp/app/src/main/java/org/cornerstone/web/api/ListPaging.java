package org.cornerstone.web.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import jakarta.annotation.Priority;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One convention for every list of the API (ADR 0015): every {@code GET} whose answer is a JSON
 * array takes {@code ?offset=} (default 0) and {@code ?limit=} (default {@value #DEFAULT_LIMIT}, at
 * most {@value #MAX_LIMIT}), and any other query parameter named after a plain property of the
 * items filters by equality ({@code ?status=OPEN&side=BUY}; a parameter given twice matches either
 * value). The body stays the array it always was; {@code X-Total-Count} says how many items match,
 * and {@code Link} gives the {@code next} and {@code prev} pages. A bad offset or limit, or a
 * filter on something the items do not have, is a 400 problem naming the parameter.
 *
 * <p>It is registered on every such method by reflection, so a new list cannot forget it.
 */
@Provider
public class ListPaging implements DynamicFeature {
  public static final int DEFAULT_LIMIT = 500;
  public static final int MAX_LIMIT = 1000;
  static final String TOTAL = "X-Total-Count";
  static final String BAD_OFFSET = "Give offset as a whole number of at least 0.";
  static final String BAD_LIMIT = "Give limit as a whole number from 1 to " + MAX_LIMIT + ".";
  static final String UNKNOWN_FILTER =
      "This list cannot be filtered by '%s'. Filter by offset, limit or one of: %s.";

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    if (isList(method)) {
      context.register(new Filter(method, filterableProperties(method)));
    }
  }

  /** A {@code GET} answering a JSON array: a list of the API. */
  public static boolean isList(Method method) {
    return method.isAnnotationPresent(GET.class)
        && List.class.isAssignableFrom(method.getReturnType());
  }

  /** The plain (text, number, true/false, time) properties of the list's items, by JSON name. */
  static Set<String> filterableProperties(Method method) {
    Type returned = method.getGenericReturnType();
    if (!(returned instanceof ParameterizedType list)) {
      return Set.of();
    }
    ObjectMapper mapper = new JsonConfiguration().getContext(Object.class);
    JavaType item = mapper.constructType(list.getActualTypeArguments()[0]);
    Set<String> names = new TreeSet<>();
    for (BeanPropertyDefinition property :
        mapper.getSerializationConfig().introspect(item).findProperties()) {
      Class<?> type = property.getRawPrimaryType();
      if (type.isPrimitive()
          || CharSequence.class.isAssignableFrom(type)
          || Number.class.isAssignableFrom(type)
          || type == Boolean.class
          || type.isEnum()
          || Temporal.class.isAssignableFrom(type)) {
        names.add(property.getName());
      }
    }
    return names;
  }

  /** What one request asks of a list. */
  record Page(int offset, int limit, Map<String, List<String>> filters) {
    /** The page of {@code items} (converted to JSON to compare), and how many items matched. */
    Slice apply(List<?> items, ObjectMapper mapper) {
      List<Object> matching = new ArrayList<>();
      for (Object item : items) {
        if (filters.isEmpty() || matches(mapper.valueToTree(item))) {
          matching.add(item);
        }
      }
      int from = Math.min(offset, matching.size());
      int to = (int) Math.min((long) from + limit, matching.size());
      return new Slice(List.copyOf(matching.subList(from, to)), matching.size());
    }

    private boolean matches(JsonNode item) {
      for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
        JsonNode value = item.get(filter.getKey());
        if (value == null || value.isNull() || !filter.getValue().contains(value.asText())) {
          return false;
        }
      }
      return true;
    }
  }

  record Slice(List<Object> items, int total) {}

  /**
   * The page a request asks for, or a {@link BadRequestException} whose answer is the problem
   * naming each bad parameter.
   */
  static Page page(
      MultivaluedMap<String, String> query, Set<String> ownParameters, Set<String> filterable) {
    List<ApiError.FieldError> fields = new ArrayList<>();
    int offset =
        number(query.getFirst("offset"), 0, 0, Integer.MAX_VALUE, "offset", BAD_OFFSET, fields);
    int limit =
        number(query.getFirst("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT, "limit", BAD_LIMIT, fields);
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      String name = parameter.getKey();
      if (name.equals("offset") || name.equals("limit") || ownParameters.contains(name)) {
        continue;
      }
      if (filterable.contains(name)) {
        filters.put(name, List.copyOf(parameter.getValue()));
      } else {
        fields.add(
            new ApiError.FieldError(
                name,
                String.format(
                    UNKNOWN_FILTER,
                    name,
                    filterable.isEmpty() ? "-" : String.join(", ", filterable))));
      }
    }
    if (!fields.isEmpty()) {
      List<String> problems = fields.stream().map(ApiError.FieldError::message).toList();
      ApiError problem =
          new ApiError(400, ApiError.INVALID_INPUT, String.join(" ", problems), problems, fields);
      throw new BadRequestException(
          problem.message(), ErrorMappers.error(Response.Status.BAD_REQUEST, problem));
    }
    return new Page(offset, limit, filters);
  }

  private static int number(
      String text,
      int otherwise,
      int min,
      int max,
      String name,
      String message,
      List<ApiError.FieldError> fields) {
    if (text == null) {
      return otherwise;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    fields.add(new ApiError.FieldError(name, message));
    return otherwise;
  }

  /** The {@code Link} header value for a page of {@code total} items at {@code called}. */
  static String links(URI called, int offset, int limit, int total) {
    List<String> links = new ArrayList<>();
    if ((long) offset + limit < total) {
      links.add(link(called, offset + limit, limit, "next"));
    }
    if (offset > 0) {
      links.add(link(called, Math.max(0, offset - limit), limit, "prev"));
    }
    return String.join(", ", links);
  }

  private static String link(URI called, int offset, int limit, String rel) {
    URI uri =
        UriBuilder.fromUri(called)
            .replaceQueryParam("offset", offset)
            .replaceQueryParam("limit", limit)
            .build();
    return "<"
        + uri.getRawPath()
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
        + ">; rel=\""
        + rel
        + "\"";
  }

  /** Reads the page before the method runs, cuts its answer after. */
  @Priority(Priorities.USER)
  static final class Filter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String PAGE = Filter.class.getName() + ".page";
    private final Set<String> ownParameters;
    private final Set<String> filterable;
    private final ObjectMapper mapper = new JsonConfiguration().getContext(Object.class);

    Filter(Method method, Set<String> filterable) {
      this.ownParameters =
          Arrays.stream(method.getParameters())
              .map(p -> p.getAnnotation(QueryParam.class))
              .filter(q -> q != null)
              .map(QueryParam::value)
              .collect(Collectors.toSet());
      this.filterable = filterable;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      request.setProperty(
          PAGE, page(request.getUriInfo().getQueryParameters(), ownParameters, filterable));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      if (!(request.getProperty(PAGE) instanceof Page page)
          || !(response.getEntity() instanceof List<?> items)
          || response.getStatus() != 200) {
        return;
      }
      Slice slice = page.apply(items, mapper);
      response.setEntity(slice.items(), response.getEntityAnnotations(), response.getMediaType());
      response.getHeaders().putSingle(TOTAL, String.valueOf(slice.total()));
      Object original = request.getProperty(ApiVersions.ORIGINAL_URI);
      URI called = original instanceof URI u ? u : request.getUriInfo().getRequestUri();
      String links = links(called, page.offset(), page.limit(), slice.total());
      if (!links.isEmpty()) {
        response.getHeaders().add(HttpHeaders.LINK, links);
      }
    }
  }
}
