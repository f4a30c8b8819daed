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
import org.cornerstone.shared.Actor;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;

/** One distribution: the report, approvals, and the entitlement table (or its preview). */
@Route(value = "distributions/:id", layout = MainLayout.class)
@PageTitle("Distribution | Cornerstone")
@RolesAllowed({"SERVICER", "ORIGINATOR", "TRUSTEE", "SENIOR_TRUSTEE", "ADMIN"})
public class DistributionDetailView extends VerticalLayout implements BeforeEnterObserver {
  private final DistributionService distributions;

  @Inject
  public DistributionDetailView(DistributionService distributions) {
    this.distributions = distributions;
    setId("distribution-detail");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String id = event.getRouteParameters().get("id").orElse("");
    Actor actor = SignedIn.require();
    add(new H2(getTranslation("servicing.detail.heading", id)));
    distributions
        .distribution(actor, id)
        .ifPresentOrElse(
            d ->
                DistributionFacts.show(this, d, distributions.preview(actor, id).orElse(List.of())),
            () -> add(new Paragraph(getTranslation("servicing.detail.missing", id))));
  }
}
