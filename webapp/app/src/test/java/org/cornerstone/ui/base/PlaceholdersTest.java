package org.cornerstone.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: a placeholder must not look like a value already filled in ("1250.50" in an empty
 * amount field reads as an amount). Every placeholder of every form is a translated example that
 * says it is one ("e.g. …" / "例如…"); bare examples go into the helper text.
 */
class PlaceholdersTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("setPlaceholder\\(\\s*([^;]*)\\);");
  private static final Pattern TRANSLATED =
      Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*\\)");

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = PlaceholdersTest.class.getResourceAsStream("/i18n/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void everyPlaceholderIsATranslatedExampleThatSaysSo() throws IOException {
    Properties english = load("messages.properties");
    Properties chinese = load("messages_zh_CN.properties");
    List<String> problems = new ArrayList<>();
    int seen = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = PLACEHOLDER.matcher(Files.readString(file));
        while (m.find()) {
          seen++;
          Matcher key = TRANSLATED.matcher(m.group(1));
          if (!key.matches()) {
            problems.add(
                file.getFileName() + ": setPlaceholder(" + m.group(1) + ") is not translated");
            continue;
          }
          String en = english.getProperty(key.group(1), "");
          String zh = chinese.getProperty(key.group(1), "");
          if (!en.startsWith("e.g. ") || !zh.startsWith("例如")) {
            problems.add(
                key.group(1) + " = '" + en + "' / '" + zh + "' does not say it is an example");
          }
        }
      }
    }
    assertThat(seen).as("placeholders found (is the source folder right?)").isPositive();
    assertThat(problems).isEmpty();
  }
}
