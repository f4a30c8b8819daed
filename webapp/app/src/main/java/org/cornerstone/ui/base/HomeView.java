package org.cornerstone.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The start page sends each role to where its work is: the {@link StartPage} with the lowest rank
 * among the views the user may open.
 */
@Route(value = "", layout = MainLayout.class)
@RolesAllowed({
  "ORIGINATOR",
  "TRUSTEE",
  "SENIOR_TRUSTEE",
  "COMPLIANCE",
  "LEGAL",
  "VALUER",
  "INVESTOR",
  "REGISTRAR",
  "SETTLEMENT_BANK",
  "ADMIN",
  "AUDITOR",
  "SERVICER",
  "DEBTOR",
  "SUPPLIER",
  "FINANCIER",
  "STRUCTURER"
})
public class HomeView extends com.vaadin.flow.component.html.Div implements BeforeEnterObserver {
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    List<Class<? extends Component>> views =
        RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
            .map(RouteData::getNavigationTarget)
            .toList();
    event.forwardTo(Navigation.startPage(SignedIn.require(), views).orElse(AccessDeniedView.class));
  }
}
