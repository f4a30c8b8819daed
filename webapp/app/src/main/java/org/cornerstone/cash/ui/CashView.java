package org.cornerstone.cash.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import java.util.UUID;
import java.util.function.Function;
import org.cornerstone.cash.application.CashBalance;
import org.cornerstone.cash.application.CashOverview;
import org.cornerstone.cash.application.CashRequestForm;
import org.cornerstone.cash.application.CashRequestView;
import org.cornerstone.cash.application.CashService;
import org.cornerstone.cash.domain.CashAmounts;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.ServiceMessages;
import org.cornerstone.ui.base.SignedIn;

/**
 * The investor's cash at the settlement bank: balances (available vs reserved), a deposit and a
 * withdrawal form, and the history of requests with their state and ledger transaction.
 */
@Menu(title = "nav.cash", order = 65, icon = "vaadin:money")
@Route(value = "cash", layout = MainLayout.class)
@PageTitle("Cash | Cornerstone")
@RolesAllowed("INVESTOR")
public class CashView extends VerticalLayout {
  private static final List<String> CURRENCIES = List.of("CNY", "USD", "HKD");

  private final CashService cash;
  private final Grid<CashBalance> balances = new Grid<>();
  private final Grid<CashRequestView> history = new Grid<>();
  private final Div errors = new Div();

  private final TextField depositAmount = new TextField();
  private final Select<String> depositCurrency = new Select<>();
  private final TextField depositReference = new TextField();
  private final Button depositButton = new Button();
  private String depositKey = newKey();

  private final TextField withdrawAmount = new TextField();
  private final Select<String> withdrawCurrency = new Select<>();
  private final Button withdrawButton = new Button();
  private String withdrawKey = newKey();

  @Inject
  public CashView(CashService cash) {
    this.cash = cash;
    setId("cash-view");

    balances.setId("cash-balances");
    balances.addColumn(CashBalance::currency).setHeader(getTranslation("cash.col.currency"));
    balances
        .addColumn(b -> CashAmounts.format(b.balanceMinor(), b.currency()))
        .setHeader(getTranslation("cash.col.balance"));
    balances
        .addColumn(b -> CashAmounts.format(b.reservedMinor(), b.currency()))
        .setHeader(getTranslation("cash.col.reserved"));
    balances
        .addColumn(b -> CashAmounts.format(b.availableMinor(), b.currency()))
        .setHeader(getTranslation("cash.col.available"));
    balances.setAllRowsVisible(true);

    errors.setId("cash-errors");
    errors.addClassName("form-errors");
    errors.setVisible(false);

    configure(depositAmount, "deposit-amount", "cash.amount");
    configure(depositCurrency, "deposit-currency");
    depositReference.setId("deposit-reference");
    depositReference.setLabel(getTranslation("cash.reference"));
    depositReference.setHelperText(getTranslation("cash.reference.help"));
    depositReference.setMaxLength(200);
    depositButton.setText(getTranslation("cash.deposit.submit"));
    depositButton.setId("deposit-submit");
    depositButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    depositButton.setDisableOnClick(true);
    depositButton.addClickListener(e -> deposit());

    configure(withdrawAmount, "withdraw-amount", "cash.amount");
    configure(withdrawCurrency, "withdraw-currency");
    withdrawButton.setText(getTranslation("cash.withdraw.submit"));
    withdrawButton.setId("withdraw-submit");
    withdrawButton.setDisableOnClick(true);
    withdrawButton.addClickListener(e -> withdraw());

    history.setId("cash-history");
    history
        .addColumn(CashRequestView::id)
        .setHeader(getTranslation("cash.col.id"))
        .setAutoWidth(true);
    history
        .addColumn(r -> getTranslation("cash.kind." + r.kind()))
        .setHeader(getTranslation("cash.col.kind"))
        .setAutoWidth(true);
    history
        .addColumn(r -> r.currency() + " " + r.amount())
        .setHeader(getTranslation("cash.col.amount"))
        .setAutoWidth(true);
    history
        .addComponentColumn(r -> statusBadge(r))
        .setHeader(getTranslation("cash.col.status"))
        .setAutoWidth(true);
    history
        .addColumn(r -> r.reference() == null ? "" : r.reference())
        .setHeader(getTranslation("cash.reference"))
        .setAutoWidth(true);
    history
        .addColumn(r -> Formats.time(r.requestedAt()))
        .setHeader(getTranslation("cash.col.requested"))
        .setAutoWidth(true);
    history
        .addColumn(r -> Formats.time(r.completedAt() != null ? r.completedAt() : r.decidedAt()))
        .setHeader(getTranslation("cash.col.decided"))
        .setAutoWidth(true);
    history
        .addComponentColumn(
            r -> {
              Span tx = new Span(r.ledgerTransactionId() == null ? "" : r.ledgerTransactionId());
              tx.setId("cash-tx-" + r.id());
              return tx;
            })
        .setHeader(getTranslation("cash.col.transaction"))
        .setFlexGrow(1);
    history
        .addColumn(r -> r.rejectReason() == null ? "" : r.rejectReason())
        .setHeader(getTranslation("cash.col.reason"))
        .setAutoWidth(true);
    history.setEmptyStateText(getTranslation("cash.history.empty"));
    history.setAllRowsVisible(true);

    HorizontalLayout depositForm =
        new HorizontalLayout(depositAmount, depositCurrency, depositReference, depositButton);
    depositForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    depositForm.setId("deposit-form");
    HorizontalLayout withdrawForm =
        new HorizontalLayout(withdrawAmount, withdrawCurrency, withdrawButton);
    withdrawForm.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    withdrawForm.setId("withdraw-form");

    add(
        new H2(getTranslation("cash.heading")),
        new Paragraph(getTranslation("cash.intro")),
        balances,
        errors,
        new H3(getTranslation("cash.deposit.heading")),
        new Paragraph(getTranslation("cash.deposit.intro")),
        depositForm,
        new H3(getTranslation("cash.withdraw.heading")),
        new Paragraph(getTranslation("cash.withdraw.intro")),
        withdrawForm,
        new H3(getTranslation("cash.history.heading")),
        history);
    refresh();
  }

  private void configure(TextField amount, String id, String label) {
    amount.setId(id);
    amount.setLabel(getTranslation(label));
    // an example in the helper text, never a placeholder that looks like a prefilled amount
    amount.setHelperText(getTranslation("cash.amount.help"));
    amount.setAllowedCharPattern("[0-9.,]");
  }

  private void configure(Select<String> currency, String id) {
    currency.setId(id);
    currency.setLabel(getTranslation("cash.col.currency"));
    currency.setItems(CURRENCIES);
    currency.setValue("CNY");
  }

  private void deposit() {
    submit(
        depositButton,
        service ->
            service.requestDeposit(
                SignedIn.require(),
                new CashRequestForm(
                    depositAmount.getValue(),
                    depositCurrency.getValue(),
                    depositReference.getValue(),
                    depositKey)),
        "cash.deposit.done",
        () -> {
          depositKey = newKey();
          depositAmount.clear();
          depositReference.clear();
        });
  }

  private void withdraw() {
    submit(
        withdrawButton,
        service ->
            service.requestWithdrawal(
                SignedIn.require(),
                new CashRequestForm(
                    withdrawAmount.getValue(), withdrawCurrency.getValue(), null, withdrawKey)),
        "cash.withdraw.done",
        () -> {
          withdrawKey = newKey();
          withdrawAmount.clear();
        });
  }

  private void submit(
      Button button,
      Function<CashService, CashRequestView> action,
      String doneKey,
      Runnable reset) {
    try {
      CashRequestView made = action.apply(cash);
      errors.setVisible(false);
      reset.run();
      Notifications.success(getTranslation(doneKey, made.id()));
      refresh();
    } catch (ValidationException e) {
      showProblems(e.problems());
    } catch (ConflictException e) {
      showProblems(List.of(e.getMessage()));
      refresh();
    } finally {
      button.setEnabled(true);
    }
  }

  private void showProblems(List<String> problems) {
    errors.removeAll();
    UnorderedList list = new UnorderedList();
    ServiceMessages.localize(problems).forEach(p -> list.add(new ListItem(p)));
    errors.add(new Paragraph(getTranslation("cash.errors")), list);
    errors.setVisible(true);
    Notifications.errors(problems);
  }

  private void refresh() {
    CashOverview overview = cash.overview(SignedIn.require());
    balances.setItems(overview.balances());
    history.setItems(overview.history());
  }

  private Span statusBadge(CashRequestView r) {
    Span badge = new Span(getTranslation("cash.status." + r.status()));
    String theme =
        switch (r.status()) {
          case "COMPLETED" -> "badge success";
          case "REJECTED" -> "badge error";
          default -> "badge";
        };
    badge.getElement().getThemeList().add(theme);
    badge.addClassName("status-badge");
    badge.getElement().setAttribute("data-status", r.status());
    badge.setId("cash-status-" + r.id());
    return badge;
  }

  private static String newKey() {
    return "ui-" + UUID.randomUUID();
  }
}
