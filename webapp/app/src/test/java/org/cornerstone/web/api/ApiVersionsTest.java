package org.cornerstone.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Versioned paths and the deprecated unversioned alias (ADR 0015). */
class ApiVersionsTest {
  @Test
  void theVersionSegmentIsTakenOffBeforeMatching() {
    assertThat(ApiVersions.unversioned("v1/assets/A-1?x=1")).isEqualTo("assets/A-1?x=1");
    assertThat(ApiVersions.unversioned("v1")).isEmpty();
    assertThat(ApiVersions.unversioned("v1?x=1")).isEqualTo("?x=1");
    assertThat(ApiVersions.unversioned("assets")).isNull();
    assertThat(ApiVersions.unversioned("v10/assets")).isNull();
    assertThat(ApiVersions.unversioned("v2/assets")).isNull();
  }

  @Test
  void aLocationNamesTheVersionedAddress() {
    assertThat(ApiVersions.versioned("http://h:8080/api/assets/A-1"))
        .isEqualTo("http://h:8080/api/v1/assets/A-1");
    assertThat(ApiVersions.versioned("/api/cash/requests/1")).isEqualTo("/api/v1/cash/requests/1");
    assertThat(ApiVersions.versioned("http://h/api/v1/assets/A-1"))
        .isEqualTo("http://h/api/v1/assets/A-1");
    assertThat(ApiVersions.versioned("http://h/elsewhere")).isEqualTo("http://h/elsewhere");
  }

  @Test
  void theAliasLinksToItsSuccessor() {
    assertThat(ApiVersions.link("http://h/api/v1/assets?limit=5"))
        .isEqualTo("<http://h/api/v1/assets>; rel=\"successor-version\"");
  }
}
