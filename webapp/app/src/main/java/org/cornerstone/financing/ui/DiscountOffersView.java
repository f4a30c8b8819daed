package org.cornerstone.financing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.cornerstone.financing.application.CertificateView;
import org.cornerstone.financing.application.DiscountView;
import org.cornerstone.financing.application.Discounts;
import org.cornerstone.financing.application.PayableCertificates;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;

/**
 * The holder's discounting: ask a financier to discount (part of) a certificate, and its requests
 * with the financiers' offers, each quoted one with Accept (one DvP: the certificate to the bank,
 * the proceeds in cash to the holder).
 */
@Menu(title = "nav.financing.discounts", order = 79, icon = "vaadin:money-exchange")
@Route(value = "financing/discounts", layout = MainLayout.class)
@PageTitle("Discounting | Cornerstone")
@RolesAllowed("SUPPLIER")
public class DiscountOffersView extends VerticalLayout {
  private final Discounts discounts;
  private final Actor me;
  private final Grid<DiscountView> grid = new Grid<>();

  @Inject
  public DiscountOffersView(
      Discounts discounts, PayableCertificates certificates, UserDirectory parties) {
    this.discounts = discounts;
    this.me = SignedIn.require();
    setId("discount-offers-view");
    add(new H2(getTranslation("financing.offers.heading")));

    add(new H3(getTranslation("financing.offers.ask")));
    TextField certificate = new TextField(getTranslation("financing.col.certificate"));
    certificate.setId("discount-certificate");
    Select<OrganisationView> financier = new Select<>();
    financier.setId("discount-financier");
    financier.setLabel(getTranslation("financing.col.financier"));
    financier.setItems(parties.organisationsOfKind("FINANCIER"));
    financier.setItemLabelGenerator(OrganisationView::name);
    TextField amount = new TextField(getTranslation("financing.offers.amount"));
    amount.setId("discount-amount");
    amount.setPlaceholder(getTranslation("financing.offers.amount.placeholder"));
    Button ask = new Button(getTranslation("financing.offers.send"));
    ask.setId("discount-ask");
    ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    ask.addClickListener(
        e -> {
          if (financier.getValue() == null) {
            Notifications.error(getTranslation("financing.offers.pickFinancier"));
            return;
          }
          if (FinancingFormats.attempt(
              () -> {
                String id = certificate.getValue().strip();
                CertificateView c =
                    certificates
                        .certificate(id)
                        .orElseThrow(() -> new NotFoundException("No certificate " + id + "."));
                discounts.request(
                    me,
                    id,
                    financier.getValue().id(),
                    FinancingFormats.minor(amount.getValue(), c.currency()));
              })) {
            Notifications.success(getTranslation("financing.offers.sent"));
            refresh();
          }
        });
    HorizontalLayout form = new HorizontalLayout(certificate, financier, amount, ask);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(form);

    add(new H3(getTranslation("financing.offers.mine")));
    grid.setId("discount-offers-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.addColumn(DiscountView::id)
        .setHeader(getTranslation("financing.col.request"))
        .setAutoWidth(true);
    grid.addColumn(DiscountView::financierName)
        .setHeader(getTranslation("financing.col.financier"))
        .setAutoWidth(true);
    grid.addColumn(DiscountView::certificateId)
        .setHeader(getTranslation("financing.col.certificate"))
        .setAutoWidth(true);
    grid.addColumn(d -> d.currency() + " " + FinancingFormats.money(d.faceMinor(), d.currency()))
        .setHeader(getTranslation("financing.col.face"))
        .setAutoWidth(true);
    FinancingFormats.quoteColumns(grid, this);
    grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
    grid.setAllRowsVisible(true);
    grid.setWidthFull();
    add(grid);
    refresh();
  }

  private HorizontalLayout actions(DiscountView d) {
    HorizontalLayout actions = new HorizontalLayout();
    if ("QUOTED".equals(d.status())) {
      Button accept = new Button(getTranslation("financing.offers.accept"));
      accept.setId("discount-accept-" + d.id());
      accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
      accept.addClickListener(
          e -> {
            if (FinancingFormats.attempt(() -> discounts.accept(me, d.id()))) {
              Notifications.success(getTranslation("financing.offers.accepted", d.id()));
              refresh();
            }
          });
      actions.add(accept);
    }
    if (java.util.List.of("REQUESTED", "QUOTED", "EXPIRED").contains(d.status())) {
      Button withdraw = new Button(getTranslation("financing.offers.withdraw"));
      withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL);
      withdraw.addClickListener(
          e -> {
            if (FinancingFormats.attempt(() -> discounts.withdraw(me, d.id()))) {
              refresh();
            }
          });
      actions.add(withdraw);
    }
    if (d.ledgerTransactionId() != null) {
      actions.add(
          new Span(
              d.ledgerTransactionId().substring(0, Math.min(16, d.ledgerTransactionId().length()))
                  + "…"));
    }
    return actions;
  }

  private void refresh() {
    grid.setItems(discounts.mine(me));
  }
}
