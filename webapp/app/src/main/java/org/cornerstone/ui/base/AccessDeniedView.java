package org.cornerstone.ui.base;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Shown instead of a page the user's role does not allow. */
@Route(value = "denied", layout = MainLayout.class)
@PageTitle("Not allowed | Cornerstone")
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
public class AccessDeniedView extends VerticalLayout {
  public AccessDeniedView() {
    setId("access-denied");
    add(new H2(getTranslation("denied.title")), new Paragraph(getTranslation("denied.text")));
  }
}
