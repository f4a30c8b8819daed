package org.cornerstone.securitization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import java.util.List;
import java.util.UUID;
import org.cornerstone.securitization.application.DealViews.DealSummary;
import org.cornerstone.securitization.application.DealViews.DealView;
import org.cornerstone.securitization.application.DealViews.PartyChoice;
import org.cornerstone.securitization.application.Deals;
import org.cornerstone.securitization.application.NewDeal;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;
import org.cornerstone.ui.base.StartPage;

/**
 * The securitization deals (issue 14): every deal with its seller, SPV, status and pool balance;
 * for the structurer, the form that creates a deal (name, currency, seller, servicer, payment
 * frequency, closing and first payment dates, concentration limit). A click opens the deal.
 */
@Menu(title = "nav.deals", order = 76, icon = "vaadin:briefcase")
@Route(value = "deals", layout = MainLayout.class)
@PageTitle("Deals | Cornerstone")
@RolesAllowed({"STRUCTURER", "TRUSTEE", "SENIOR_TRUSTEE", "LEGAL", "REGISTRAR", "AUDITOR"})
@StartPage(rank = 7)
public class DealsView extends VerticalLayout {
  private final transient Deals deals;
  private final Actor me;
  private final Grid<DealSummary> grid = new Grid<>();
  final TextField name = new TextField();
  final Select<String> currency = new Select<>();
  final ComboBox<PartyChoice> seller = new ComboBox<>();
  final ComboBox<PartyChoice> servicer = new ComboBox<>();
  final Select<String> frequency = new Select<>();
  final DatePicker closing = new DatePicker();
  final DatePicker firstPayment = new DatePicker();
  final TextField concentration = new TextField();
  private String requestKey = UUID.randomUUID().toString();

  @Inject
  public DealsView(Deals deals) {
    this.deals = deals;
    this.me = SignedIn.require();
    setId("deals-view");
    add(new H2(getTranslation("deal.heading")), new Paragraph(getTranslation("deal.intro")));
    if (me.has(Role.STRUCTURER)) {
      add(new H3(getTranslation("deal.new")), form());
    }
    grid.setId("deals");
    grid.addColumn(DealSummary::id).setHeader(getTranslation("deal.col.id")).setAutoWidth(true);
    grid.addColumn(DealSummary::name).setHeader(getTranslation("deal.col.name")).setAutoWidth(true);
    grid.addColumn(DealSummary::sellerName)
        .setHeader(getTranslation("deal.col.seller"))
        .setAutoWidth(true);
    grid.addColumn(DealSummary::spvName)
        .setHeader(getTranslation("deal.col.spv"))
        .setAutoWidth(true);
    grid.addColumn(d -> d.currency() + " " + d.poolBalance())
        .setHeader(getTranslation("deal.col.pool"))
        .setAutoWidth(true);
    grid.addColumn(d -> getTranslation("deal.status." + d.status()))
        .setHeader(getTranslation("deal.col.status"))
        .setAutoWidth(true);
    grid.addColumn(d -> Formats.time(d.createdAt()))
        .setHeader(getTranslation("deal.col.created"))
        .setAutoWidth(true);
    grid.setEmptyStateText(getTranslation("deal.empty"));
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(
        e -> getUI().ifPresent(ui -> ui.navigate("deals/" + e.getItem().id())));
    add(new H3(getTranslation("deal.list")), grid);
    refresh();
  }

  private FormLayout form() {
    List<PartyChoice> parties = deals.sellers(me);
    name.setId("deal-name");
    name.setLabel(getTranslation("deal.field.name"));
    name.setPlaceholder(getTranslation("deal.field.name.placeholder"));
    currency.setId("deal-currency");
    currency.setLabel(getTranslation("deal.field.currency"));
    currency.setItems("CNY", "USD", "HKD");
    currency.setValue("CNY");
    seller.setId("deal-seller");
    seller.setLabel(getTranslation("deal.field.seller"));
    seller.setItems(parties);
    seller.setItemLabelGenerator(PartyChoice::name);
    servicer.setId("deal-servicer");
    servicer.setLabel(getTranslation("deal.field.servicer"));
    servicer.setItems(parties);
    servicer.setItemLabelGenerator(PartyChoice::name);
    frequency.setId("deal-frequency");
    frequency.setLabel(getTranslation("deal.field.frequency"));
    frequency.setItems("MONTHLY", "QUARTERLY", "SEMI_ANNUAL", "ANNUAL");
    frequency.setItemLabelGenerator(f -> getTranslation("deal.frequency." + f));
    frequency.setValue("MONTHLY");
    closing.setId("deal-closing");
    closing.setLabel(getTranslation("deal.field.closing"));
    firstPayment.setId("deal-first-payment");
    firstPayment.setLabel(getTranslation("deal.field.firstPayment"));
    concentration.setId("deal-concentration");
    concentration.setLabel(getTranslation("deal.field.concentration"));
    concentration.setValue("0.20");
    Button create = new Button(getTranslation("deal.create"), e -> create());
    create.setId("deal-create");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setDisableOnClick(true);
    FormLayout form =
        new FormLayout(
            name,
            currency,
            seller,
            servicer,
            frequency,
            closing,
            firstPayment,
            concentration,
            create);
    form.setId("deal-form");
    return form;
  }

  private void create() {
    try {
      DealView created =
          deals.create(
              me,
              new NewDeal(
                  name.getValue(),
                  currency.getValue(),
                  seller.getValue() == null ? null : seller.getValue().id(),
                  servicer.getValue() == null ? null : servicer.getValue().id(),
                  frequency.getValue(),
                  closing.getValue() == null ? null : closing.getValue().toString(),
                  firstPayment.getValue() == null ? null : firstPayment.getValue().toString(),
                  concentration.getValue(),
                  requestKey));
      requestKey = UUID.randomUUID().toString();
      Notifications.success(getTranslation("deal.created", created.id()));
      getUI().ifPresent(ui -> ui.navigate("deals/" + created.id()));
    } catch (ValidationException e) {
      Notifications.errors(e.problems());
    } catch (ConflictException | AccessDeniedException e) {
      Notifications.error(e.getMessage());
    } finally {
      findCreate();
    }
  }

  private void findCreate() {
    getChildren()
        .filter(FormLayout.class::isInstance)
        .flatMap(c -> c.getChildren())
        .filter(Button.class::isInstance)
        .forEach(b -> ((Button) b).setEnabled(true));
  }

  private void refresh() {
    grid.setItems(deals.list(me));
  }
}
