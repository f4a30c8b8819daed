package org.cornerstone.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cornerstone.party.domain.Actor;
import org.cornerstone.party.domain.Role;

/** The start page sends each role to where its work is. */
@Route(value = "", layout = MainLayout.class)
@RolesAllowed({"ORIGINATOR", "TRUSTEE", "COMPLIANCE", "INVESTOR", "ADMIN"})
public class HomeView extends com.vaadin.flow.component.html.Div implements BeforeEnterObserver {
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.forwardTo(startPage(SignedIn.require()));
  }

  static Class<? extends Component> startPage(Actor actor) {
    if (actor.has(Role.TRUSTEE)) {
      return ReviewInboxView.class;
    }
    if (actor.has(Role.ORIGINATOR)) {
      return AssetsView.class;
    }
    if (actor.has(Role.ADMIN)) {
      return AdminView.class;
    }
    if (actor.has(Role.INVESTOR)) {
      return HoldingsView.class;
    }
    return AssetsView.class;
  }
}
