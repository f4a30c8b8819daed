package org.cornerstone.financing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.cornerstone.financing.application.DiscountPriceView;
import org.cornerstone.financing.application.DiscountView;
import org.cornerstone.financing.application.Discounts;
import org.cornerstone.financing.application.QuoteTerms;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;

/**
 * The financier's financing inbox: the discount requests made to it, and the quote form for the
 * selected one, which shows the computed price (ACT/360, rounded down), fee and proceeds before the
 * quote is sent.
 */
@Menu(title = "nav.financing.inbox", order = 80, icon = "vaadin:inbox")
@Route(value = "financing/inbox", layout = MainLayout.class)
@PageTitle("Financing inbox | Cornerstone")
@RolesAllowed("FINANCIER")
public class FinancingInboxView extends VerticalLayout {
  private final Discounts discounts;
  private final Clock clock;
  private final Actor me;
  private final Grid<DiscountView> grid = new Grid<>();
  private final VerticalLayout form = new VerticalLayout();

  @Inject
  public FinancingInboxView(Discounts discounts, Clock clock) {
    this.discounts = discounts;
    this.clock = clock;
    this.me = SignedIn.require();
    setId("financing-inbox-view");
    add(new H2(getTranslation("financing.inbox.heading")));
    add(new Paragraph(getTranslation("financing.inbox.intro")));
    grid.setId("financing-inbox-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.addColumn(DiscountView::id)
        .setHeader(getTranslation("financing.col.request"))
        .setAutoWidth(true);
    grid.addColumn(DiscountView::holderName)
        .setHeader(getTranslation("financing.col.holder"))
        .setAutoWidth(true);
    grid.addColumn(DiscountView::obligorName)
        .setHeader(getTranslation("financing.col.obligor"))
        .setAutoWidth(true);
    grid.addColumn(DiscountView::certificateId)
        .setHeader(getTranslation("financing.col.certificate"))
        .setAutoWidth(true);
    grid.addColumn(d -> d.currency() + " " + FinancingFormats.money(d.faceMinor(), d.currency()))
        .setHeader(getTranslation("financing.col.face"))
        .setAutoWidth(true);
    grid.addColumn(DiscountView::maturityDate)
        .setHeader(getTranslation("financing.col.maturity"))
        .setAutoWidth(true);
    FinancingFormats.quoteColumns(grid, this);
    grid.setAllRowsVisible(true);
    grid.setWidthFull();
    grid.asSingleSelect().addValueChangeListener(e -> showForm(e.getValue()));
    add(grid, form);
    refresh();
  }

  private void refresh() {
    List<DiscountView> mine = discounts.mine(me);
    grid.setItems(mine);
    form.removeAll();
    if (mine.isEmpty()) {
      Paragraph none = new Paragraph(getTranslation("financing.inbox.none"));
      none.setId("financing-inbox-none");
      form.add(none);
    }
  }

  private void showForm(DiscountView d) {
    form.removeAll();
    if (d == null) {
      return;
    }
    form.setId("quote-form");
    form.add(new H3(getTranslation("financing.quote.heading", d.id())));
    boolean open = List.of("REQUESTED", "QUOTED", "EXPIRED").contains(d.status());
    if (!open) {
      form.add(new Paragraph(getTranslation("financing.status." + d.status())));
      return;
    }
    TextField rate = new TextField(getTranslation("financing.quote.rate"));
    rate.setId("quote-rate");
    rate.setPlaceholder(getTranslation("financing.quote.rate.placeholder"));
    rate.setHelperText(getTranslation("financing.quote.rate.help"));
    TextField flatFee = new TextField(getTranslation("financing.quote.flatFee", d.currency()));
    flatFee.setId("quote-flat-fee");
    flatFee.setValue("0.00");
    TextField bps = new TextField(getTranslation("financing.quote.bps"));
    bps.setId("quote-bps");
    bps.setValue("0");
    Select<Integer> validity = new Select<>();
    validity.setId("quote-validity");
    validity.setLabel(getTranslation("financing.quote.validity"));
    validity.setItems(15, 60, 240, 1440);
    validity.setItemLabelGenerator(m -> getTranslation("financing.quote.minutes", m));
    validity.setValue(60);
    Span computed = new Span(getTranslation("financing.quote.enterRate"));
    computed.setId("quote-computed");
    for (TextField f : List.of(rate, flatFee, bps)) {
      f.setValueChangeMode(ValueChangeMode.LAZY);
      f.addValueChangeListener(e -> computed.setText(preview(d, rate, flatFee, bps)));
    }
    Button send = new Button(getTranslation("financing.quote.send"));
    send.setId("quote-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(
        e -> {
          if (FinancingFormats.attempt(
              () ->
                  discounts.quote(
                      me,
                      d.id(),
                      new QuoteTerms(
                          decimal(rate.getValue()),
                          FinancingFormats.minor(flatFee.getValue(), d.currency()),
                          decimal(bps.getValue()),
                          clock.instant().plus(Duration.ofMinutes(validity.getValue())))))) {
            Notifications.success(getTranslation("financing.quote.sent", d.id()));
            refresh();
          }
        });
    TextField reason = new TextField(getTranslation("financing.decline.reason"));
    reason.setId("decline-reason");
    Button decline = new Button(getTranslation("financing.decline"));
    decline.setId("decline-send");
    decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
    decline.addClickListener(
        e -> {
          if (FinancingFormats.attempt(() -> discounts.decline(me, d.id(), reason.getValue()))) {
            refresh();
          }
        });
    HorizontalLayout terms = new HorizontalLayout(rate, flatFee, bps, validity);
    terms.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    HorizontalLayout declining = new HorizontalLayout(reason, decline);
    declining.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    form.add(terms, computed, send, declining);
  }

  private String preview(DiscountView d, TextField rate, TextField flatFee, TextField bps) {
    try {
      DiscountPriceView p =
          discounts.preview(
              me,
              d.id(),
              decimal(rate.getValue()),
              FinancingFormats.minor(flatFee.getValue(), d.currency()),
              decimal(bps.getValue()));
      return getTranslation(
          "financing.quote.computed",
          p.days(),
          d.currency(),
          FinancingFormats.money(p.priceMinor(), d.currency()),
          FinancingFormats.money(p.discountMinor(), d.currency()),
          FinancingFormats.money(p.feeMinor(), d.currency()),
          FinancingFormats.money(p.proceedsMinor(), d.currency()));
    } catch (ValidationException e) {
      return String.join(" ", org.cornerstone.ui.base.ServiceMessages.localize(e.problems()));
    } catch (RuntimeException e) {
      return e.getMessage();
    }
  }

  private static BigDecimal decimal(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return null;
    }
    if (!t.matches("\\d{1,5}(\\.\\d{1,8})?")) {
      throw new ValidationException("Write rates and bps as plain decimals, e.g. 0.0350 or 5.");
    }
    return new BigDecimal(t);
  }
}
