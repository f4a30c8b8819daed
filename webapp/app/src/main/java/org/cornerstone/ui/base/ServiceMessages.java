package org.cornerstone.ui.base;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' refusals (validation problems, conflicts, access refusals) in the UI's language.
 * The services and the REST API speak English with stable codes; the UI recognises each known
 * sentence by its English pattern in the bundle ({@code svc.*} keys: {@code {0}}, {@code {1}} stand
 * for the values the service filled in) and shows the same key of the user's language with the same
 * values. A sentence no key describes is shown as the service wrote it.
 */
public final class ServiceMessages {
  /** Keys of service sentences start with this. */
  static final String PREFIX = "svc.";

  private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)}");

  /** One known sentence: its key, the regex of its English form, which parameter each group is. */
  record Known(String key, Pattern english, int[] parameters) {}

  private static final List<Known> KNOWN = load();

  private ServiceMessages() {}

  /** The sentence in the current UI's language (English when there is no UI). */
  public static String localize(String message) {
    UI ui = UI.getCurrent();
    return localize(message, ui == null ? Locale.ENGLISH : ui.getLocale());
  }

  /** Each of the sentences in the current UI's language. */
  public static List<String> localize(List<String> messages) {
    return messages.stream().map(ServiceMessages::localize).toList();
  }

  /** The sentence in {@code locale}'s language, or unchanged when it is not a known one. */
  public static String localize(String message, Locale locale) {
    if (message == null
        || locale == null
        || !CornerstoneI18n.CHINESE.getLanguage().equals(locale.getLanguage())) {
      return message;
    }
    String text = message.strip();
    for (Known known : KNOWN) {
      Matcher m = known.english().matcher(text);
      if (m.matches()) {
        Object[] values = new Object[known.parameters().length == 0 ? 0 : max(known) + 1];
        for (int i = 0; i < known.parameters().length; i++) {
          // a value may itself be a known sentence ("Price per token: CNY amounts have …")
          values[known.parameters()[i]] = localize(m.group(i + 1), locale);
        }
        return CornerstoneI18n.translate(known.key(), locale, values);
      }
    }
    return message;
  }

  /** The key describing the English sentence, if any (for tests and diagnostics). */
  static String keyOf(String message) {
    for (Known known : KNOWN) {
      if (known.english().matcher(message.strip()).matches()) {
        return known.key();
      }
    }
    return null;
  }

  private static int max(Known known) {
    int max = 0;
    for (int p : known.parameters()) {
      max = Math.max(max, p);
    }
    return max;
  }

  private static List<Known> load() {
    Properties english = new Properties();
    try (var in =
        ServiceMessages.class.getResourceAsStream(
            "/" + CornerstoneI18n.BUNDLE.replace('.', '/') + ".properties")) {
      english.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("The English bundle cannot be read", e);
    }
    List<Known> known = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      if (key.startsWith(PREFIX)) {
        known.add(compile(key, english.getProperty(key)));
      }
    }
    // the longest patterns first: a specific sentence wins over a shorter, looser one
    known.sort((a, b) -> b.english().pattern().length() - a.english().pattern().length());
    return List.copyOf(known);
  }

  /** A MessageFormat pattern ({@code ''} for an apostrophe) as a regex with one group per value. */
  static Known compile(String key, String pattern) {
    String text = pattern.replace("''", "'");
    Matcher m = PARAMETER.matcher(text);
    StringBuilder regex = new StringBuilder();
    List<Integer> parameters = new ArrayList<>();
    int at = 0;
    while (m.find()) {
      regex.append(Pattern.quote(text.substring(at, m.start()))).append("(.+?)");
      parameters.add(Integer.parseInt(m.group(1)));
      at = m.end();
    }
    regex.append(Pattern.quote(text.substring(at)));
    return new Known(
        key,
        Pattern.compile(regex.toString(), Pattern.DOTALL),
        parameters.stream().mapToInt(Integer::intValue).toArray());
  }
}
