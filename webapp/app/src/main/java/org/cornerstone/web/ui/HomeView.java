package org.cornerstone.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cornerstone.review.application.ReviewService;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.web.ui.investor.InvestorOnboardingView;

/** The start page sends each role to where its work is. */
@Route(value = "", layout = MainLayout.class)
@RolesAllowed({
  "ORIGINATOR",
  "TRUSTEE",
  "SENIOR_TRUSTEE",
  "COMPLIANCE",
  "LEGAL",
  "VALUER",
  "INVESTOR",
  "ADMIN"
})
public class HomeView extends com.vaadin.flow.component.html.Div implements BeforeEnterObserver {
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event.forwardTo(startPage(SignedIn.require()));
  }

  static Class<? extends Component> startPage(Actor actor) {
    if (ReviewService.isReviewer(actor)) {
      return ReviewInboxView.class;
    }
    if (actor.has(Role.ORIGINATOR)) {
      return DashboardView.class;
    }
    if (actor.has(Role.ADMIN)) {
      return AdminView.class;
    }
    if (actor.has(Role.INVESTOR)) {
      return InvestorOnboardingView.class;
    }
    return AssetsView.class;
  }
}
