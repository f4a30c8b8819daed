package org.cornerstone.financing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.cornerstone.financing.application.CertificateTransfers;
import org.cornerstone.financing.application.CertificateWallet;
import org.cornerstone.financing.application.HopView;
import org.cornerstone.financing.application.NotificationView;
import org.cornerstone.financing.application.WalletHolding;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.ServiceMessages;
import org.cornerstone.ui.base.SignedIn;

/**
 * A holder's certificate wallet (issue 22): the payable certificates its organisation holds, a
 * maturity calendar (what falls due on which date), the form that transfers part of a certificate
 * to another supplier, and the notices about its certificates.
 */
@Menu(title = "nav.certificates", order = 67, icon = "vaadin:wallet")
@Route(value = "certificates", layout = MainLayout.class)
@PageTitle("Certificates | Cornerstone")
@RolesAllowed({"SUPPLIER", "FINANCIER"})
public class CertificateWalletView extends VerticalLayout {
  private final CertificateWallet wallet;
  private final CertificateTransfers transfers;
  private final Actor me;
  private String requestKey = UUID.randomUUID().toString();

  @Inject
  public CertificateWalletView(CertificateWallet wallet, CertificateTransfers transfers) {
    this.wallet = wallet;
    this.transfers = transfers;
    this.me = SignedIn.require();
    setId("certificate-wallet");
    render();
  }

  private void render() {
    removeAll();
    add(new H2(getTranslation("financing.wallet.heading")));
    List<WalletHolding> holdings = wallet.holdings(me);
    if (holdings.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("financing.wallet.none"));
      none.setId("certificate-wallet-none");
      add(none);
    } else {
      add(holdingsGrid(holdings));
      add(new H3(getTranslation("financing.calendar.heading")));
      add(calendar(holdings));
    }
    if (me.has(org.cornerstone.shared.Role.SUPPLIER)) {
      add(new H3(getTranslation("financing.transfer.heading")));
      add(transferForm(holdings));
    }
    List<NotificationView> notices = wallet.notifications(me);
    if (!notices.isEmpty()) {
      add(new H3(getTranslation("financing.notifications.heading")));
      add(notificationsGrid(notices));
    }
  }

  private Grid<WalletHolding> holdingsGrid(List<WalletHolding> holdings) {
    Grid<WalletHolding> grid = new Grid<>();
    grid.setId("certificate-wallet-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.addComponentColumn(
            h -> new Anchor("certificates/" + h.certificateId() + "/lineage", h.certificateId()))
        .setHeader(getTranslation("financing.col.certificate"))
        .setAutoWidth(true);
    grid.addColumn(WalletHolding::obligorName)
        .setHeader(getTranslation("financing.col.obligor"))
        .setAutoWidth(true);
    grid.addColumn(h -> Formats.money(h.amountMinor(), h.currency()))
        .setHeader(getTranslation("financing.col.amount"))
        .setAutoWidth(true);
    grid.addColumn(h -> h.frozenMinor() == 0 ? "" : Formats.money(h.frozenMinor(), h.currency()))
        .setHeader(getTranslation("financing.col.frozen"))
        .setAutoWidth(true);
    grid.addColumn(WalletHolding::maturityDate)
        .setHeader(getTranslation("financing.col.maturity"))
        .setAutoWidth(true);
    grid.addColumn(h -> getTranslation("financing.state." + h.state()))
        .setHeader(getTranslation("financing.col.state"))
        .setAutoWidth(true);
    grid.setItems(holdings);
    grid.setAllRowsVisible(true);
    grid.setWidthFull();
    return grid;
  }

  /** One row per maturity date and currency: how many certificates and the total falling due. */
  private Grid<CalendarDay> calendar(List<WalletHolding> holdings) {
    Map<String, CalendarDay> days = new TreeMap<>();
    for (WalletHolding h : holdings) {
      days.merge(
          h.maturityDate() + " " + h.currency(),
          new CalendarDay(h.maturityDate(), h.currency(), 1, h.amountMinor()),
          (a, b) -> new CalendarDay(a.date(), a.currency(), a.count() + 1, a.total() + b.total()));
    }
    Grid<CalendarDay> grid = new Grid<>();
    grid.setId("maturity-calendar");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.addColumn(CalendarDay::date)
        .setHeader(getTranslation("financing.col.maturity"))
        .setAutoWidth(true);
    grid.addColumn(CalendarDay::count)
        .setHeader(getTranslation("financing.col.count"))
        .setAutoWidth(true);
    grid.addColumn(d -> Formats.money(d.total(), d.currency()))
        .setHeader(getTranslation("financing.col.dueTotal"))
        .setAutoWidth(true);
    grid.setItems(new ArrayList<>(days.values()));
    grid.setAllRowsVisible(true);
    grid.setWidthFull();
    return grid;
  }

  record CalendarDay(LocalDate date, String currency, int count, long total) {}

  private VerticalLayout transferForm(List<WalletHolding> holdings) {
    ComboBox<WalletHolding> certificate =
        new ComboBox<>(getTranslation("financing.transfer.certificate"));
    certificate.setId("transfer-certificate");
    certificate.setItems(holdings);
    certificate.setItemLabelGenerator(
        h -> h.certificateId() + " (" + Formats.money(h.amountMinor(), h.currency()) + ")");
    ComboBox<OrganisationView> recipient =
        new ComboBox<>(getTranslation("financing.transfer.recipient"));
    recipient.setId("transfer-recipient");
    recipient.setItems(transfers.recipients(me));
    recipient.setItemLabelGenerator(OrganisationView::name);
    TextField amount = new TextField(getTranslation("financing.transfer.amount"));
    amount.setId("transfer-amount");
    amount.setPlaceholder(getTranslation("financing.transfer.amount.placeholder"));
    Paragraph errors = new Paragraph();
    errors.setId("transfer-errors");
    Button submit = new Button(getTranslation("financing.transfer.submit"));
    submit.setId("transfer-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(
        e -> {
          errors.setText("");
          if (certificate.getValue() == null) {
            errors.setText(getTranslation("financing.transfer.chooseCertificate"));
            return;
          }
          try {
            HopView hop =
                transfers.transfer(
                    me,
                    certificate.getValue().certificateId(),
                    recipient.getValue() == null ? null : recipient.getValue().id(),
                    amount.getValue(),
                    requestKey);
            requestKey = UUID.randomUUID().toString();
            Notifications.success(
                getTranslation(
                    "financing.transfer.done",
                    Formats.money(hop.amountMinor(), certificate.getValue().currency()),
                    recipient.getValue().name()));
            render();
          } catch (ValidationException refused) {
            errors.setText(String.join(" ", ServiceMessages.localize(refused.problems())));
          } catch (ConflictException | AccessDeniedException | NotFoundException refused) {
            errors.setText(ServiceMessages.localize(refused.getMessage()));
          }
        });
    HorizontalLayout fields = new HorizontalLayout(certificate, recipient, amount, submit);
    fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    fields.setWrap(true);
    VerticalLayout form = new VerticalLayout(fields, errors);
    form.setId("transfer-form");
    form.setPadding(false);
    return form;
  }

  private Grid<NotificationView> notificationsGrid(List<NotificationView> notices) {
    Grid<NotificationView> grid = new Grid<>();
    grid.setId("certificate-notifications");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.addColumn(NotificationView::certificateId)
        .setHeader(getTranslation("financing.col.certificate"))
        .setAutoWidth(true);
    grid.addColumn(
            n ->
                getTranslation(
                    "financing.notice." + n.kind(),
                    n.currency().isEmpty() ? "" : Formats.money(n.amountMinor(), n.currency())))
        .setHeader(getTranslation("financing.col.notice"))
        .setFlexGrow(1);
    grid.addColumn(NotificationView::createdAt)
        .setHeader(getTranslation("financing.col.when"))
        .setAutoWidth(true);
    grid.setItems(notices);
    grid.setAllRowsVisible(true);
    grid.setWidthFull();
    return grid;
  }
}
