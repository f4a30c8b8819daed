package org.cornerstone.reports.securitization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every label of the reports exists in English and in Simplified Chinese, and is not empty. */
class PoolReportLabelsTest {
  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in =
        PoolReportLabelsTest.class.getResourceAsStream(
            "/org/cornerstone/reports/statement/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws Exception {
    Properties en = load("labels.properties");
    Properties zh = load("labels_zh.properties");
    Set<String> enKeys = new TreeSet<>(en.stringPropertyNames());
    Set<String> zhKeys = new TreeSet<>(zh.stringPropertyNames());
    assertThat(zhKeys).isEqualTo(enKeys);
    assertThat(enKeys.stream().filter(k -> k.startsWith("pool.")).count()).isGreaterThan(60);
    for (String key : enKeys) {
      assertThat(en.getProperty(key)).as(key).isNotBlank();
      assertThat(zh.getProperty(key)).as(key).isNotBlank();
    }
    // The Chinese pool labels are translated, not copied from the English.
    for (String key : zhKeys) {
      if (key.startsWith("pool.")) {
        assertThat(zh.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
      }
    }
  }
}
