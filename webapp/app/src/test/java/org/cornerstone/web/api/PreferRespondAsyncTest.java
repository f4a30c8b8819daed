package org.cornerstone.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 7240 {@code Prefer: respond-async} on order entry (ADR 0012). */
class PreferRespondAsyncTest {
  @Test
  void respondAsyncIsFoundAmongPreferencesCaseInsensitively() {
    assertThat(MarketResource.respondAsync(List.of("respond-async"))).isTrue();
    assertThat(MarketResource.respondAsync(List.of("Respond-Async"))).isTrue();
    assertThat(MarketResource.respondAsync(List.of("return=minimal, respond-async"))).isTrue();
    assertThat(MarketResource.respondAsync(List.of("wait=10", " respond-async ; x=1"))).isTrue();
  }

  @Test
  void anythingElseKeepsTheAnswerAfterTheMatch() {
    assertThat(MarketResource.respondAsync(null)).isFalse();
    assertThat(MarketResource.respondAsync(List.of())).isFalse();
    assertThat(MarketResource.respondAsync(Arrays.asList((String) null))).isFalse();
    assertThat(MarketResource.respondAsync(List.of("return=representation"))).isFalse();
    assertThat(MarketResource.respondAsync(List.of("respond-asyncx", "x=respond-async"))).isFalse();
  }
}
