package org.cornerstone.offering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.offering.application.AllocationView;
import org.cornerstone.offering.application.OfferingService;
import org.cornerstone.offering.application.OfferingView;
import org.cornerstone.offering.application.OpenOffering;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;

/**
 * The issuer: open an offering of tokens her organisation issued, see its subscriptions and, after
 * the close, its allocations with the ledger transaction of each (reconciliation).
 */
@Menu(title = "nav.issuerOfferings", order = 62, icon = "vaadin:coin-piles")
@Route(value = "issuer/offerings", layout = MainLayout.class)
@PageTitle("My offerings | Cornerstone")
@RolesAllowed("ORIGINATOR")
public class IssuerOfferingsView extends VerticalLayout {
  private final OfferingService offerings;
  private final Grid<OfferingView> grid = new Grid<>();
  private final VerticalLayout detail = new VerticalLayout();

  @Inject
  public IssuerOfferingsView(OfferingService offerings) {
    this.offerings = offerings;
    setId("issuer-offerings-view");
    grid.setId("issuer-offerings-grid");
    OfferingColumns.add(grid, this);
    grid.setEmptyStateText(getTranslation("offering.issuer.empty"));
    grid.setAllRowsVisible(true);
    grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
    detail.setPadding(false);
    add(
        new H2(getTranslation("offering.issuer.heading")),
        new Paragraph(getTranslation("offering.issuer.intro")),
        openForm(),
        grid,
        detail);
    refresh();
  }

  private void refresh() {
    grid.setItems(offerings.offerings(SignedIn.require()));
  }

  private FormLayout openForm() {
    ComboBox<Holding> instrument = new ComboBox<>(getTranslation("offering.open.instrument"));
    instrument.setId("open-instrument");
    instrument.setItems(offerings.offerableHoldings(SignedIn.require()));
    instrument.setItemLabelGenerator(
        h -> h.instrumentId() + " (" + Formats.number(h.unfrozenQuantity()) + ")");
    TextField quantity = new TextField(getTranslation("offering.open.quantity"));
    quantity.setId("open-quantity");
    TextField price = new TextField(getTranslation("offering.open.price"));
    price.setId("open-price");
    price.setHelperText(getTranslation("offering.open.price.help"));
    TextField currency = new TextField(getTranslation("offering.open.currency"));
    currency.setId("open-currency");
    currency.setValue("CNY");
    TextField minimum = new TextField(getTranslation("offering.open.minimum"));
    minimum.setId("open-minimum");
    minimum.setValue("1");
    DateTimePicker closes = new DateTimePicker(getTranslation("offering.open.closes"));
    closes.setId("open-closes");
    closes.setHelperText("UTC");
    closes.setValue(LocalDateTime.now(ZoneOffset.UTC).plusDays(7).withSecond(0).withNano(0));
    Select<String> rule = new Select<>();
    rule.setId("open-rule");
    rule.setLabel(getTranslation("offering.open.rule"));
    rule.setItems("PRO_RATA", "FIRST_COME");
    rule.setItemLabelGenerator(r -> getTranslation("offering.rule." + r));
    rule.setValue("PRO_RATA");
    Button open = new Button(getTranslation("offering.open.button"));
    open.setId("open-button");
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    open.addClickListener(
        e -> {
          try {
            OfferingView opened =
                offerings.open(
                    SignedIn.require(),
                    new OpenOffering(
                        instrument.getValue() == null ? null : instrument.getValue().instrumentId(),
                        parse(quantity.getValue()),
                        price.getValue(),
                        currency.getValue(),
                        parse(minimum.getValue()),
                        null,
                        closes.getValue() == null
                            ? null
                            : closes.getValue().toInstant(ZoneOffset.UTC),
                        rule.getValue()));
            Notifications.success(getTranslation("offering.open.done", opened.id()));
            refresh();
          } catch (ValidationException ex) {
            Notifications.errors(ex.problems());
          } catch (ConflictException ex) {
            Notifications.error(ex.getMessage());
          }
        });
    FormLayout form =
        new FormLayout(instrument, quantity, price, currency, minimum, closes, rule, open);
    form.setId("open-offering-form");
    return form;
  }

  private void showDetail(OfferingView offering) {
    detail.removeAll();
    if (offering == null) {
      return;
    }
    detail.add(new H3(getTranslation("offering.issuer.book", offering.id())));
    if ("OPEN".equals(offering.status())) {
      Button close = new Button(getTranslation("offering.issuer.close"));
      close.setId("close-offering");
      close.addThemeVariants(ButtonVariant.LUMO_ERROR);
      close.addClickListener(
          e -> {
            try {
              offerings.closeEarly(SignedIn.require(), offering.id());
              Notifications.success(getTranslation("offering.issuer.closed", offering.id()));
              refresh();
            } catch (ConflictException ex) {
              Notifications.error(ex.getMessage());
            }
          });
      detail.add(close);
    }
    if (offering.quantityAllocated() != null) {
      detail.add(
          new Paragraph(
              getTranslation(
                  "offering.issuer.result",
                  Formats.number(offering.quantityAllocated()),
                  Formats.number(offering.quantityUnallocated()))));
    }
    Grid<AllocationView> book = new Grid<>();
    book.setId("allocations-grid");
    book.addColumn(AllocationView::subscriptionId)
        .setHeader(getTranslation("offering.col.subscription"))
        .setAutoWidth(true);
    book.addColumn(AllocationView::investor)
        .setHeader(getTranslation("offering.col.investor"))
        .setAutoWidth(true);
    book.addColumn(a -> Formats.number(a.requested()))
        .setHeader(getTranslation("offering.col.requested"))
        .setAutoWidth(true);
    book.addColumn(a -> Formats.number(a.allocated()))
        .setHeader(getTranslation("offering.col.allocated"))
        .setAutoWidth(true);
    book.addColumn(AllocationView::amount)
        .setHeader(getTranslation("offering.col.amount"))
        .setAutoWidth(true);
    book.addColumn(a -> getTranslation("subscription.status." + a.status()))
        .setHeader(getTranslation("offering.col.status"))
        .setAutoWidth(true);
    book.addColumn(a -> a.ledgerTransactionId() == null ? "—" : a.ledgerTransactionId())
        .setHeader(getTranslation("offering.col.transaction"))
        .setFlexGrow(1);
    book.setItems(offerings.allocations(SignedIn.require(), offering.id()));
    book.setAllRowsVisible(true);
    book.setEmptyStateText(getTranslation("offering.issuer.noSubscriptions"));
    detail.add(book);
  }

  /** The platform's one reading of a token count; null when it is not a whole number. */
  private static Long parse(String text) {
    try {
      return org.cornerstone.shared.Amounts.integer(text);
    } catch (org.cornerstone.shared.Amounts.AmountException e) {
      return null;
    }
  }
}
