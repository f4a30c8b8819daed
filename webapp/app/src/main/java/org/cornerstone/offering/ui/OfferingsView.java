package org.cornerstone.offering.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.UUID;
import org.cornerstone.offering.application.OfferingService;
import org.cornerstone.offering.application.OfferingView;
import org.cornerstone.offering.application.SubscriptionView;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.ServiceMessages;
import org.cornerstone.ui.base.SignedIn;

/** Investors: the offerings, and subscribing to an open one (cash reserved at once). */
@Menu(title = "nav.offerings", order = 61, icon = "vaadin:cart")
@Route(value = "offerings", layout = MainLayout.class)
@PageTitle("Offerings | Cornerstone")
@RolesAllowed("INVESTOR")
public class OfferingsView extends VerticalLayout {
  private final OfferingService offerings;
  private final Grid<OfferingView> grid = new Grid<>();
  private final VerticalLayout form = new VerticalLayout();

  @Inject
  public OfferingsView(OfferingService offerings) {
    this.offerings = offerings;
    setId("offerings-view");
    grid.setId("offerings-grid");
    OfferingColumns.add(grid, this);
    grid.setEmptyStateText(getTranslation("offering.empty"));
    grid.setAllRowsVisible(true);
    grid.asSingleSelect().addValueChangeListener(e -> showForm(e.getValue()));
    form.setId("subscribe-form");
    form.setPadding(false);
    add(
        new H2(getTranslation("offering.heading")),
        new Paragraph(getTranslation("offering.intro")),
        grid,
        form);
    refresh();
  }

  private void refresh() {
    grid.setItems(offerings.offerings(SignedIn.require()));
  }

  private void showForm(OfferingView offering) {
    form.removeAll();
    if (offering == null) {
      return;
    }
    form.add(new H3(getTranslation("offering.subscribe.heading", offering.id())));
    if (!offering.acceptsSubscriptions()) {
      form.add(new Paragraph(getTranslation("offering.subscribe.closed")));
      return;
    }
    TextField quantity = new TextField(getTranslation("offering.subscribe.quantity"));
    quantity.setId("subscribe-quantity");
    quantity.setHelperText(
        getTranslation(
            "offering.subscribe.help",
            Formats.number(offering.minimumSubscription()),
            Formats.number(offering.quantityOffered())));
    quantity.setValueChangeMode(ValueChangeMode.EAGER);
    Span amount = new Span();
    amount.setId("subscribe-amount");
    quantity.addValueChangeListener(
        e -> {
          Long q = parse(quantity.getValue());
          amount.setText(
              q == null
                  ? ""
                  : getTranslation(
                      "offering.subscribe.amount",
                      offering.currency(),
                      new BigDecimal(offering.pricePerToken())
                          .multiply(BigDecimal.valueOf(q))
                          .toPlainString()));
          quantity.setInvalid(false);
        });
    String key = UUID.randomUUID().toString(); // one key per form: a double click subscribes once
    Button subscribe = new Button(getTranslation("offering.subscribe.button"));
    subscribe.setId("subscribe-button");
    subscribe.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    subscribe.addClickListener(
        e -> {
          Long q = parse(quantity.getValue());
          if (q == null || q <= 0) {
            quantity.setErrorMessage(getTranslation("offering.subscribe.wholeNumber"));
            quantity.setInvalid(true);
            return;
          }
          try {
            SubscriptionView done = offerings.subscribe(SignedIn.require(), offering.id(), q, key);
            Notifications.success(
                getTranslation(
                    "offering.subscribe.done",
                    Formats.number(done.quantity()),
                    done.currency(),
                    done.amountReserved()));
            refresh();
            form.removeAll();
          } catch (ValidationException ex) {
            quantity.setErrorMessage(String.join(" ", ServiceMessages.localize(ex.problems())));
            quantity.setInvalid(true);
          } catch (ConflictException ex) {
            quantity.setErrorMessage(ServiceMessages.localize(ex.getMessage()));
            quantity.setInvalid(true);
          }
        });
    form.add(new HorizontalLayout(quantity, subscribe), amount);
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
