package org.cornerstone.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** English / 简体中文: changes the session's language and redraws the page. */
final class LanguageSwitch {
  private LanguageSwitch() {}

  static Select<Locale> create() {
    Select<Locale> select = new Select<>();
    select.setId("language");
    select.setItems(CornerstoneI18n.ENGLISH, CornerstoneI18n.CHINESE);
    select.setItemLabelGenerator(l -> l.getLanguage().equals("zh") ? "简体中文" : "English");
    UI ui = UI.getCurrent();
    select.setValue(
        ui != null && ui.getLocale().getLanguage().equals("zh")
            ? CornerstoneI18n.CHINESE
            : CornerstoneI18n.ENGLISH);
    select.setWidth("9em");
    select.addValueChangeListener(
        e -> {
          if (e.isFromClient() && e.getValue() != null) {
            VaadinSession.getCurrent().setLocale(e.getValue());
            UI.getCurrent().setLocale(e.getValue());
            UI.getCurrent().getPage().reload();
          }
        });
    return select;
  }
}
