package org.cornerstone.ui.base;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.cdi.annotation.VaadinServiceScoped;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI texts in English and Simplified Chinese ({@code i18n/messages*.properties}). Vaadin picks the
 * browser's language when it is one of these; the switch in the header overrides it for the
 * session. A missing key shows as {@code !key!} so that it is seen, not hidden.
 */
@VaadinServiceEnabled
@VaadinServiceScoped
public class CornerstoneI18n implements I18NProvider {
  private static final long serialVersionUID = 1L;
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  static final String BUNDLE = "i18n.messages";

  @Override
  public List<Locale> getProvidedLocales() {
    return List.of(ENGLISH, CHINESE);
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    return translate(key, locale, params);
  }

  static String translate(String key, Locale locale, Object... params) {
    Locale chosen =
        CHINESE.getLanguage().equals(locale == null ? "" : locale.getLanguage())
            ? CHINESE
            : ENGLISH;
    try {
      String pattern =
          ResourceBundle.getBundle(
                  BUNDLE,
                  chosen,
                  CornerstoneI18n.class.getClassLoader(),
                  ResourceBundle.Control.getNoFallbackControl(
                      ResourceBundle.Control.FORMAT_PROPERTIES))
              .getString(key);
      return params.length == 0 ? pattern : new MessageFormat(pattern, chosen).format(params);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
  }
}
