package org.cornerstone.reports.statement;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The statements' and reports' texts in the reader's language: Simplified Chinese for {@code zh},
 * English otherwise (never the server's default locale).
 */
public final class Labels {
  private final ResourceBundle bundle;
  private final Locale language;

  private Labels(Locale language) {
    this.language =
        "zh".equals(language.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    this.bundle =
        ResourceBundle.getBundle(
            "org.cornerstone.reports.statement.labels",
            "zh".equals(this.language.getLanguage()) ? Locale.CHINESE : Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public static Labels of(Locale language) {
    return new Labels(language == null ? Locale.ENGLISH : language);
  }

  public boolean chinese() {
    return language.getLanguage().equals("zh");
  }

  /** The text of {@code key}, as written (no placeholders). */
  public String text(String key) {
    return bundle.getString(key);
  }

  /** The text of {@code key} with its {@code {0}}, {@code {1}} … filled in. */
  public String format(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
  }

  /** A code's label ({@code side.BUY}), or the code itself when there is none. */
  public String code(String prefix, String code) {
    return bundle.containsKey(prefix + "." + code) ? bundle.getString(prefix + "." + code) : code;
  }
}
