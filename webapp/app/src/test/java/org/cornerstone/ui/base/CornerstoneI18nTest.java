package org.cornerstone.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CornerstoneI18nTest {
  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = CornerstoneI18nTest.class.getResourceAsStream("/i18n/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void everyTextExistsInBothLanguages() throws IOException {
    Properties english = load("messages.properties");
    Properties chinese = load("messages_zh_CN.properties");
    assertThat(chinese.keySet()).isEqualTo(english.keySet());
    chinese.values().forEach(v -> assertThat((String) v).isNotBlank());
  }

  @Test
  void picksTheLanguageAndFormatsParameters() {
    assertThat(CornerstoneI18n.translate("nav.admin", Locale.SIMPLIFIED_CHINESE)).isEqualTo("系统管理");
    assertThat(CornerstoneI18n.translate("nav.admin", Locale.CHINA)).isEqualTo("系统管理");
    assertThat(CornerstoneI18n.translate("nav.admin", Locale.US)).isEqualTo("Administration");
    assertThat(CornerstoneI18n.translate("nav.admin", Locale.GERMAN)).isEqualTo("Administration");
    assertThat(CornerstoneI18n.translate("inbox.heading", Locale.ENGLISH, 3))
        .isEqualTo("Review inbox (3)");
  }

  @Test
  void aMissingKeyIsVisible() {
    assertThat(CornerstoneI18n.translate("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
  }
}
