package org.cornerstone.financing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import java.util.List;
import org.cornerstone.financing.application.Discounts;
import org.cornerstone.financing.application.ExposureView;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.Actor;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;

/**
 * The financier's exposure per obligor (face value held on the ledger plus accepted, unsettled
 * discounts) against its limits, and the form that sets a limit.
 */
@Menu(title = "nav.financing.exposure", order = 81, icon = "vaadin:scale")
@Route(value = "financing/exposure", layout = MainLayout.class)
@PageTitle("Exposure | Cornerstone")
@RolesAllowed("FINANCIER")
public class ObligorExposureView extends VerticalLayout {
  private final Discounts discounts;
  private final Actor me;
  private final Grid<ExposureView> grid = new Grid<>();

  @Inject
  public ObligorExposureView(Discounts discounts, UserDirectory parties) {
    this.discounts = discounts;
    this.me = SignedIn.require();
    setId("financing-exposure-view");
    add(new H2(getTranslation("financing.exposure.heading")));
    add(new Paragraph(getTranslation("financing.exposure.intro")));
    grid.setId("financing-exposure-grid");
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.addColumn(ExposureView::obligorName)
        .setHeader(getTranslation("financing.col.obligor"))
        .setAutoWidth(true);
    grid.addColumn(ExposureView::currency)
        .setHeader(getTranslation("financing.col.currency"))
        .setAutoWidth(true);
    grid.addColumn(e -> FinancingFormats.money(e.heldMinor(), e.currency()))
        .setHeader(getTranslation("financing.col.held"))
        .setAutoWidth(true);
    grid.addColumn(e -> FinancingFormats.money(e.acceptedUnsettledMinor(), e.currency()))
        .setHeader(getTranslation("financing.col.accepted"))
        .setAutoWidth(true);
    grid.addColumn(e -> FinancingFormats.money(e.exposureMinor(), e.currency()))
        .setHeader(getTranslation("financing.col.exposure"))
        .setAutoWidth(true);
    grid.addColumn(
            e ->
                e.limitMinor() == null
                    ? getTranslation("financing.limit.none")
                    : FinancingFormats.money(e.limitMinor(), e.currency()))
        .setHeader(getTranslation("financing.col.limit"))
        .setAutoWidth(true);
    grid.addColumn(e -> FinancingFormats.money(e.headroomMinor(), e.currency()))
        .setHeader(getTranslation("financing.col.headroom"))
        .setAutoWidth(true);
    grid.setAllRowsVisible(true);
    grid.setWidthFull();
    add(grid);

    add(new H3(getTranslation("financing.limit.heading")));
    Select<OrganisationView> obligor = new Select<>();
    obligor.setId("limit-obligor");
    obligor.setLabel(getTranslation("financing.col.obligor"));
    obligor.setItems(parties.organisationsOfKind("CORE_ENTERPRISE"));
    obligor.setItemLabelGenerator(OrganisationView::name);
    Select<String> currency = new Select<>();
    currency.setId("limit-currency");
    currency.setLabel(getTranslation("financing.col.currency"));
    currency.setItems("CNY", "USD", "HKD");
    currency.setValue("CNY");
    TextField amount = new TextField(getTranslation("financing.col.limit"));
    amount.setId("limit-amount");
    amount.setPlaceholder(getTranslation("financing.limit.placeholder"));
    Button save = new Button(getTranslation("financing.limit.save"));
    save.setId("limit-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        e -> {
          if (obligor.getValue() == null) {
            Notifications.error(getTranslation("financing.limit.pickObligor"));
            return;
          }
          if (FinancingFormats.attempt(
              () ->
                  discounts.setLimit(
                      me,
                      obligor.getValue().id(),
                      currency.getValue(),
                      FinancingFormats.minor(amount.getValue(), currency.getValue())))) {
            Notifications.success(getTranslation("financing.limit.saved"));
            refresh();
          }
        });
    grid.asSingleSelect()
        .addValueChangeListener(
            e -> {
              ExposureView row = e.getValue();
              if (row != null) {
                parties.organisation(row.obligorOrganisation()).ifPresent(obligor::setValue);
                currency.setValue(row.currency());
                amount.setValue(
                    row.limitMinor() == null
                        ? ""
                        : FinancingFormats.money(row.limitMinor(), row.currency()));
              }
            });
    HorizontalLayout limitForm = new HorizontalLayout(obligor, currency, amount, save);
    limitForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(limitForm);
    refresh();
  }

  private void refresh() {
    List<ExposureView> rows = discounts.exposure(me);
    grid.setItems(rows);
  }
}
