package org.cornerstone.trading.ui;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.cornerstone.shared.Actor;
import org.cornerstone.ui.base.CornerstoneI18n;

/** Views under unit test read their texts from the real bundles, in English, in a current UI. */
final class Translations {
  /**
   * Vaadin's current-instance registry holds UI, service and session weakly: without these strong
   * references a GC between set-up and the test clears it ("UI instance is not available").
   */
  private static final java.util.List<Object> HELD = new java.util.ArrayList<>();

  private Translations() {}

  static UI install() {
    VaadinService service = mock(VaadinService.class);
    Instantiator instantiator = mock(Instantiator.class);
    when(service.getInstantiator()).thenReturn(instantiator);
    when(instantiator.getI18NProvider()).thenReturn(new CornerstoneI18n());
    VaadinService.setCurrent(service);
    UI ui = new UI();
    ui.setLocale(Locale.ENGLISH);
    UI.setCurrent(ui);
    HELD.add(service);
    HELD.add(ui);
    return ui;
  }

  /** The same, with this actor signed in to the (mock) session. */
  static UI signIn(Actor actor) {
    UI ui = install();
    VaadinSession session = mock(VaadinSession.class);
    when(session.getAttribute(Actor.class)).thenReturn(actor);
    VaadinSession.setCurrent(session);
    HELD.add(session);
    return ui;
  }

  static void clear() {
    HELD.clear();
    UI.setCurrent(null);
    VaadinSession.setCurrent(null);
    VaadinService.setCurrent(null);
  }
}
