package org.cornerstone.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One paging and filtering convention for every list (ADR 0015). */
class ListPagingTest {
  public record Item(String id, String status, long quantity, List<String> tags) {}

  static class Lists {
    @GET
    public List<Item> items(@QueryParam("depth") Integer depth) {
      return List.of();
    }

    @GET
    public Item one() {
      return null;
    }
  }

  private static final List<Item> ITEMS =
      IntStream.range(0, 7)
          .mapToObj(i -> new Item("i" + i, i % 2 == 0 ? "OPEN" : "FILLED", i, List.of()))
          .toList();

  @Test
  void everyGetAnsweringAnArrayIsAListWithItsPlainPropertiesAsFilters() throws Exception {
    Method list = Lists.class.getMethod("items", Integer.class);
    assertThat(ListPaging.isList(list)).isTrue();
    assertThat(ListPaging.isList(Lists.class.getMethod("one"))).isFalse();
    assertThat(ListPaging.filterableProperties(list)).containsExactly("id", "quantity", "status");
  }

  @Test
  void withoutParametersTheFirstPageOfTheDefaultSize() {
    ListPaging.Page page = page(Map.of());
    assertThat(page.offset()).isZero();
    assertThat(page.limit()).isEqualTo(ListPaging.DEFAULT_LIMIT);
    assertThat(page.apply(ITEMS, mapper()).items()).hasSize(7);
  }

  @Test
  void offsetLimitAndFiltersCutTheList() {
    ListPaging.Slice slice = page(Map.of("offset", "1", "limit", "2")).apply(ITEMS, mapper());
    assertThat(slice.items()).extracting(i -> ((Item) i).id()).containsExactly("i1", "i2");
    assertThat(slice.total()).isEqualTo(7);
    ListPaging.Slice open = page(Map.of("status", "OPEN", "limit", "3")).apply(ITEMS, mapper());
    assertThat(open.items()).extracting(i -> ((Item) i).id()).containsExactly("i0", "i2", "i4");
    assertThat(open.total()).isEqualTo(4);
    assertThat(page(Map.of("quantity", "3")).apply(ITEMS, mapper()).items()).hasSize(1);
    assertThat(page(Map.of("offset", "50")).apply(ITEMS, mapper()).items()).isEmpty();
    // a parameter given twice matches either value
    MultivaluedMap<String, String> twice = new MultivaluedHashMap<>();
    twice.addAll("id", "i1", "i5");
    assertThat(ListPaging.page(twice, Set.of(), Set.of("id")).apply(ITEMS, mapper()).total())
        .isEqualTo(2);
  }

  @Test
  void aBadLimitOrOffsetOrAnUnknownFilterIsAProblemNamingIt() {
    for (String limit : List.of("0", "-1", "1001", "ten", "")) {
      assertRefused(Map.of("limit", limit), "limit");
    }
    assertRefused(Map.of("offset", "-3"), "offset");
    assertRefused(Map.of("colour", "red"), "colour");
    BadRequestException both = refused(Map.of("limit", "0", "offset", "x"));
    assertThat(ApiErrorOf(both).fields())
        .extracting(ApiError.FieldError::field)
        .containsExactlyInAnyOrder("limit", "offset");
    // the method's own query parameters are not filters
    assertThat(ListPaging.page(query(Map.of("depth", "5")), Set.of("depth"), Set.of()).filters())
        .isEmpty();
  }

  @Test
  void linksNameTheNextAndPreviousPages() {
    URI called = URI.create("http://h/api/v1/market?status=OPEN&limit=2");
    assertThat(ListPaging.links(called, 0, 2, 5))
        .isEqualTo("</api/v1/market?status=OPEN&offset=2&limit=2>; rel=\"next\"");
    assertThat(ListPaging.links(called, 4, 2, 5))
        .isEqualTo("</api/v1/market?status=OPEN&offset=2&limit=2>; rel=\"prev\"");
    assertThat(ListPaging.links(called, 0, 5, 5)).isEmpty();
  }

  private static void assertRefused(Map<String, String> parameters, String field) {
    ApiError problem = ApiErrorOf(refused(parameters));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.code()).isEqualTo(ApiError.INVALID_INPUT);
    assertThat(problem.fields()).extracting(ApiError.FieldError::field).containsExactly(field);
  }

  private static BadRequestException refused(Map<String, String> parameters) {
    BadRequestException[] thrown = new BadRequestException[1];
    assertThatThrownBy(() -> page(parameters))
        .isInstanceOfSatisfying(BadRequestException.class, e -> thrown[0] = e);
    return thrown[0];
  }

  private static ApiError ApiErrorOf(BadRequestException e) {
    assertThat(e.getResponse().getMediaType()).isEqualTo(ApiError.PROBLEM_JSON_TYPE);
    return (ApiError) e.getResponse().getEntity();
  }

  private static ListPaging.Page page(Map<String, String> parameters) {
    return ListPaging.page(query(parameters), Set.of(), Set.of("id", "quantity", "status"));
  }

  private static MultivaluedMap<String, String> query(Map<String, String> parameters) {
    MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
    parameters.forEach((k, v) -> query.addAll(k, Arrays.asList(v)));
    return query;
  }

  private static com.fasterxml.jackson.databind.ObjectMapper mapper() {
    return new JsonConfiguration().getContext(Object.class);
  }
}
