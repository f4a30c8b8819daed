package org.cornerstone.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DownloadsTest {
  @Test
  void fileNamesCannotBreakTheHeader() {
    assertThat(Downloads.attachment("a\"b\r\nX-Evil: 1.pdf"))
        .startsWith("attachment; filename=\"a_b__X-Evil__1.pdf\"")
        .doesNotContain("\r")
        .doesNotContain("\n");
    assertThat(Downloads.attachment("产权证.pdf")).contains("filename*=UTF-8''%E4%BA%A7");
  }
}
