package org.cornerstone.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void parsesNestedValuesInOrder() {
    Object parsed =
        Json.parse(
            " {\"a\": [1, -2.5e1, true, false, null], \"b\": {\"c\": \"x\\\"\\u00e9\\n\"}} ");

    assertThat(parsed).isInstanceOf(Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> root = (Map<String, Object>) parsed;
    assertThat(root.keySet()).containsExactly("a", "b");
    assertThat((List<Object>) root.get("a"))
        .containsExactly(
            new BigDecimal("1"), new BigDecimal("-2.5e1"), Boolean.TRUE, Boolean.FALSE, null);
    assertThat(((Map<?, ?>) root.get("b")).get("c")).isEqualTo("x\"é\n");
  }

  @Test
  void emptyContainers() {
    assertThat(Json.parse("{}")).isEqualTo(Map.of());
    assertThat(Json.parse("[ ]")).isEqualTo(List.of());
  }

  @Test
  void refusesBrokenJson() {
    assertThatThrownBy(() -> Json.parse("{\"a\":1,}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.parse("[1 2]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.parse("{\"a\":1} x"))
        .hasMessageContaining("text after the value");
    assertThatThrownBy(() -> Json.parse("\"open")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Json.parse("tru")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quoteRoundTrips() {
    String text = "pa\"ss\\wörd\t\u0001";
    assertThat(Json.parse(Json.quote(text))).isEqualTo(text);
  }
}
