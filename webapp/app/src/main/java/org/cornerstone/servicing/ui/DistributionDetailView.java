package org.cornerstone.servicing.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import org.cornerstone.servicing.application.DistributionService;
import org.cornerstone.servicing.application.EntitlementView;
import org.cornerstone.servicing.application.HeldEntitlementRelease;
import org.cornerstone.servicing.domain.MinorUnits;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;

/** One distribution: the report, approvals, and the entitlement table (or its preview). */
@Route(value = "distributions/:id", layout = MainLayout.class)
@PageTitle("Distribution | Cornerstone")
@RolesAllowed({"SERVICER", "ORIGINATOR", "TRUSTEE", "SENIOR_TRUSTEE", "ADMIN"})
public class DistributionDetailView extends VerticalLayout implements BeforeEnterObserver {
  private final DistributionService distributions;
  private final HeldEntitlementRelease releases;

  @Inject
  public DistributionDetailView(
      DistributionService distributions, HeldEntitlementRelease releases) {
    this.distributions = distributions;
    this.releases = releases;
    setId("distribution-detail");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    render(SignedIn.require(), event.getRouteParameters().get("id").orElse(""));
  }

  private void render(Actor actor, String id) {
    removeAll();
    add(new H2(getTranslation("servicing.detail.heading", id)));
    distributions
        .distribution(actor, id)
        .ifPresentOrElse(
            d ->
                DistributionFacts.show(
                    this,
                    d,
                    distributions.preview(actor, id).orElse(List.of()),
                    HeldEntitlementRelease.mayRelease(actor) ? e -> release(actor, id, e) : null),
            () -> add(new Paragraph(getTranslation("servicing.detail.missing", id))));
  }

  /** Releases a held entitlement and shows the distribution again, with the payment. */
  private void release(Actor actor, String id, EntitlementView e) {
    try {
      HeldEntitlementRelease.Release done = releases.release(actor, id, e.holder());
      Notifications.success(
          getTranslation(
              "servicing.released",
              EntitlementTable.shortName(done.holder()),
              done.currency() + " " + MinorUnits.format(done.netMinor(), done.currency())));
    } catch (ConflictException
        | ValidationException
        | AccessDeniedException
        | NotFoundException refused) {
      Notifications.error(refused.getMessage());
    }
    render(actor, id);
  }
}
