package org.cornerstone.loadtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoadTestOptionsTest {
  @Test
  void defaultsAreTheIssuesMix() {
    LoadTest.Options options = LoadTest.Options.parse("--url", "http://localhost:8480/");

    assertThat(options.url()).isEqualTo(URI.create("http://localhost:8480/"));
    assertThat(options.users()).isEqualTo(200);
    assertThat(options.trusteeCount()).isEqualTo(100);
    assertThat(options.trustees()).extracting(pair -> pair[0]).containsExactly("tom", "tina");
    assertThat(options.investors())
        .extracting(pair -> pair[1])
        .containsExactly("ivan-demo", "jade-demo");
    assertThat(options.duration()).isEqualTo(Duration.ofSeconds(60));
    assertThat(options.thinkMinMs()).isEqualTo(1000);
    assertThat(options.thinkMaxMs()).isEqualTo(3000);
    assertThat(options.push()).isTrue();
  }

  @Test
  void readsEveryNamedArgument() {
    LoadTest.Options options =
        LoadTest.Options.parse(
            "--users",
            "7",
            "--trustees",
            "0.3",
            "--think-ms",
            "0-10",
            "--market-route",
            "market/RE-1",
            "--idle",
            "5",
            "--server-pid",
            "42",
            "--push",
            "false");

    assertThat(options.trusteeCount()).isEqualTo(2);
    assertThat(options.thinkMaxMs()).isEqualTo(10);
    assertThat(options.marketRoute()).isEqualTo("market/RE-1");
    assertThat(options.idle()).isEqualTo(5);
    assertThat(options.serverPid()).isEqualTo(42);
    assertThat(options.push()).isFalse();
  }

  @Test
  void refusesWhatCannotBeMeasured() {
    assertThatThrownBy(() -> LoadTest.Options.parse("--idle", "500"))
        .hasMessageContaining("--server-pid");
    assertThatThrownBy(() -> LoadTest.Options.parse("--think-ms", "3000-1000"))
        .hasMessageContaining("min <= max");
    assertThatThrownBy(() -> LoadTest.Options.parse("--trustee-logins", "tom"))
        .hasMessageContaining("user:password");
    assertThatThrownBy(() -> LoadTest.Options.parse("--users"))
        .hasMessageContaining("--name value");
  }

  @Test
  void eachKnownViewHasTheIdItSetsOnItself() {
    assertThat(LoadTest.expectedId("inbox")).isEqualTo("review-inbox-view");
    assertThat(LoadTest.expectedId("market")).isEqualTo("markets-view");
    assertThat(LoadTest.expectedId("market/RE-1?x=1")).isEqualTo("instrument-market-view");
    assertThat(LoadTest.expectedId("denied")).isEqualTo("access-denied");
    assertThat(LoadTest.expectedId("holdings")).isNull();
  }
}
