package org.cornerstone.registry.controls.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.cornerstone.registry.controls.application.ActionView;
import org.cornerstone.registry.controls.application.IssuerAgentActions;
import org.cornerstone.shared.Actor;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.SignedIn;

/**
 * The audit of issuer-agent actions: every freeze, pause, forced transfer and recovery with its
 * requester, approver, reason, evidence (SHA-256) and ledger transaction.
 */
@Menu(title = "nav.actionAudit", order = 72, icon = "vaadin:records")
@Route(value = "registry/audit", layout = MainLayout.class)
@PageTitle("Issuer-agent actions | Cornerstone")
@RolesAllowed({"REGISTRAR", "TRUSTEE", "SENIOR_TRUSTEE", "ADMIN", "AUDITOR"})
public class ActionAuditView extends VerticalLayout {
  @Inject
  public ActionAuditView(IssuerAgentActions actions) {
    setId("action-audit-view");
    Actor me = SignedIn.require();
    Grid<ActionView> grid = ActionGrids.grid(this, actions, me);
    grid.setId("action-audit-grid");
    grid.setItems(actions.audit(me));
    add(
        new H2(getTranslation("action.audit.heading")),
        new Paragraph(getTranslation("action.audit.intro")),
        grid);
  }
}
