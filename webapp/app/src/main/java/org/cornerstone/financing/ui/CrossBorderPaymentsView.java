package org.cornerstone.financing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.cornerstone.financing.application.BankView;
import org.cornerstone.financing.application.CashCredit;
import org.cornerstone.financing.application.CashLine;
import org.cornerstone.financing.application.CounterpartyView;
import org.cornerstone.financing.application.CrossBorderPayments;
import org.cornerstone.financing.application.PvpForm;
import org.cornerstone.financing.application.PvpView;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;

/**
 * Cross-border payment versus payment (issue 22, part 6). A supplier, financier or core enterprise
 * sees its cash per settlement bank and currency, instructs a PvP (what it pays, what it receives,
 * the rate; the counter amount is computed half-even to the minor unit) and accepts or declines the
 * PvPs instructed to it; a settlement bank credits deposits to supply-chain parties in its cash.
 */
@Menu(title = "nav.pvp", order = 77, icon = "vaadin:exchange")
@Route(value = "financing/pvp", layout = MainLayout.class)
@PageTitle("PvP | Cornerstone")
@RolesAllowed({"SUPPLIER", "FINANCIER", "DEBTOR", "SETTLEMENT_BANK"})
public class CrossBorderPaymentsView extends VerticalLayout {
  private final CrossBorderPayments payments;
  private final Actor me;
  private final Grid<CashLine> cash = new Grid<>();
  private final Grid<PvpView> pvps = new Grid<>();

  @Inject
  public CrossBorderPaymentsView(CrossBorderPayments payments) {
    this.payments = payments;
    this.me = SignedIn.require();
    setId("pvp-view");
    add(new H2(getTranslation("pvp.heading")));
    add(new Paragraph(getTranslation("pvp.intro")));
    add(new H3(getTranslation("pvp.cash.heading")), cashGrid());
    boolean party = me.has(Role.SUPPLIER) || me.has(Role.FINANCIER) || me.has(Role.DEBTOR);
    if (party) {
      add(new H3(getTranslation("pvp.instruct.heading")), instructForm());
      add(new H3(getTranslation("pvp.list.heading")), pvpGrid());
    }
    if (me.has(Role.SETTLEMENT_BANK)) {
      add(new H3(getTranslation("pvp.credit.heading")), creditForm());
    }
    refresh();
  }

  private Grid<CashLine> cashGrid() {
    cash.setId("pvp-cash");
    cash.addThemeVariants(GridVariant.LUMO_COMPACT);
    cash.addColumn(CashLine::bankName).setHeader(getTranslation("pvp.col.bank")).setAutoWidth(true);
    cash.addColumn(CashLine::currency)
        .setHeader(getTranslation("pvp.col.currency"))
        .setAutoWidth(true);
    cash.addColumn(CashLine::amount).setHeader(getTranslation("pvp.col.amount")).setAutoWidth(true);
    cash.setAllRowsVisible(true);
    return cash;
  }

  private FormLayout instructForm() {
    ComboBox<CounterpartyView> counterparty =
        new ComboBox<>(getTranslation("pvp.counterparty"), payments.counterparties(me));
    counterparty.setItemLabelGenerator(CounterpartyView::name);
    counterparty.setId("pvp-counterparty");
    List<BankView> banks = payments.banks();
    Select<String> payCurrency = currency("pvp.payCurrency", "pvp-pay-currency");
    Select<BankView> payBank = bank("pvp.payBank", "pvp-pay-bank", banks);
    Select<String> receiveCurrency = currency("pvp.receiveCurrency", "pvp-receive-currency");
    Select<BankView> receiveBank = bank("pvp.receiveBank", "pvp-receive-bank", banks);
    Select<String> base = currency("pvp.baseCurrency", "pvp-base-currency");
    TextField amount = new TextField(getTranslation("pvp.baseAmount"));
    amount.setId("pvp-base-amount");
    amount.setPlaceholder(getTranslation("pvp.baseAmount.placeholder"));
    TextField rate = new TextField(getTranslation("pvp.rate"));
    rate.setId("pvp-rate");
    rate.setPlaceholder(getTranslation("pvp.rate.placeholder"));
    // one key per instruction: a double click answers the first, a new one after each success
    String[] key = {UUID.randomUUID().toString()};
    Button instruct = new Button(getTranslation("pvp.instruct"));
    instruct.setId("pvp-instruct");
    instruct.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    instruct.addClickListener(
        e -> {
          PvpView view =
              call(
                  () ->
                      payments.instruct(
                          me,
                          new PvpForm(
                              counterparty.getValue() == null ? null : counterparty.getValue().id(),
                              payCurrency.getValue(),
                              payBank.getValue() == null ? null : payBank.getValue().id(),
                              receiveCurrency.getValue(),
                              receiveBank.getValue() == null ? null : receiveBank.getValue().id(),
                              base.getValue(),
                              amount.getValue(),
                              rate.getValue(),
                              key[0])));
          if (view != null) {
            key[0] = UUID.randomUUID().toString();
            Notifications.success(
                getTranslation(
                    "pvp.instructed",
                    view.payCurrency() + " " + view.payAmount(),
                    view.receiveCurrency() + " " + view.receiveAmount()));
            refresh();
          }
        });
    FormLayout form =
        new FormLayout(
            counterparty,
            payCurrency,
            payBank,
            receiveCurrency,
            receiveBank,
            base,
            amount,
            rate,
            instruct);
    form.setId("pvp-instruct-form");
    return form;
  }

  private Grid<PvpView> pvpGrid() {
    pvps.setId("pvp-grid");
    pvps.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    pvps.addColumn(PvpView::partyAName)
        .setHeader(getTranslation("pvp.col.partyA"))
        .setAutoWidth(true);
    pvps.addColumn(p -> p.payCurrency() + " " + p.payAmount() + " (" + p.payBankName() + ")")
        .setHeader(getTranslation("pvp.col.aPays"))
        .setAutoWidth(true);
    pvps.addColumn(PvpView::partyBName)
        .setHeader(getTranslation("pvp.col.partyB"))
        .setAutoWidth(true);
    pvps.addColumn(
            p -> p.receiveCurrency() + " " + p.receiveAmount() + " (" + p.receiveBankName() + ")")
        .setHeader(getTranslation("pvp.col.bPays"))
        .setAutoWidth(true);
    pvps.addColumn(p -> p.rate() + " / " + p.baseCurrency())
        .setHeader(getTranslation("pvp.col.rate"))
        .setAutoWidth(true);
    pvps.addColumn(p -> getTranslation("pvp.status." + p.status()))
        .setHeader(getTranslation("pvp.col.status"))
        .setAutoWidth(true);
    pvps.addComponentColumn(this::actions).setHeader(getTranslation("pvp.col.actions"));
    pvps.setAllRowsVisible(true);
    pvps.setWidthFull();
    return pvps;
  }

  private HorizontalLayout actions(PvpView p) {
    HorizontalLayout actions = new HorizontalLayout();
    if (p.mayDecide()) {
      Button accept = new Button(getTranslation("pvp.accept"));
      accept.setId("pvp-accept-" + p.id());
      accept.addClassName("pvp-accept");
      accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
      accept.addClickListener(
          e -> {
            if (call(() -> payments.accept(me, p.id())) != null) {
              Notifications.success(getTranslation("pvp.settled"));
              refresh();
            }
          });
      Button decline = new Button(getTranslation("pvp.decline"));
      decline.addClassName("pvp-decline");
      decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
      decline.addClickListener(e -> declineDialog(p).open());
      actions.add(accept, decline);
    } else if (p.ledgerTransaction() != null) {
      String tx = p.ledgerTransaction();
      actions.add(new Paragraph(tx.length() > 16 ? tx.substring(0, 16) + "…" : tx));
    } else if (p.declineReason() != null) {
      actions.add(new Paragraph(p.declineReason()));
    }
    return actions;
  }

  private Dialog declineDialog(PvpView p) {
    Dialog dialog = new Dialog(getTranslation("pvp.decline"));
    TextArea reason = new TextArea(getTranslation("pvp.declineReason"));
    reason.setId("pvp-decline-reason");
    Button confirm = new Button(getTranslation("pvp.decline"));
    confirm.setId("pvp-decline-confirm");
    confirm.addClickListener(
        e -> {
          if (call(() -> payments.decline(me, p.id(), reason.getValue())) != null) {
            dialog.close();
            refresh();
          }
        });
    dialog.add(reason);
    dialog.getFooter().add(new Button(getTranslation("pvp.cancel"), e -> dialog.close()), confirm);
    return dialog;
  }

  private FormLayout creditForm() {
    ComboBox<CounterpartyView> organisation =
        new ComboBox<>(getTranslation("pvp.credit.organisation"), payments.counterparties(me));
    organisation.setItemLabelGenerator(CounterpartyView::name);
    organisation.setId("pvp-credit-organisation");
    Select<String> currency = currency("pvp.col.currency", "pvp-credit-currency");
    TextField amount = new TextField(getTranslation("pvp.col.amount"));
    amount.setId("pvp-credit-amount");
    amount.setPlaceholder(getTranslation("pvp.baseAmount.placeholder"));
    TextField reference = new TextField(getTranslation("pvp.credit.reference"));
    reference.setId("pvp-credit-reference");
    Button credit = new Button(getTranslation("pvp.credit"));
    credit.setId("pvp-credit");
    credit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    credit.addClickListener(
        e -> {
          String ref = reference.getValue() == null ? "" : reference.getValue().strip();
          var done =
              call(
                  () ->
                      payments.credit(
                          me,
                          new CashCredit(
                              organisation.getValue() == null ? null : organisation.getValue().id(),
                              currency.getValue(),
                              amount.getValue(),
                              ref,
                              ref.replaceAll("[^-._A-Za-z0-9]", "_"))));
          if (done != null) {
            Notifications.success(
                getTranslation("pvp.credited", done.currency() + " " + done.amount()));
            refresh();
          }
        });
    FormLayout form = new FormLayout(organisation, currency, amount, reference, credit);
    form.setId("pvp-credit-form");
    return form;
  }

  private Select<String> currency(String label, String id) {
    Select<String> select = new Select<>();
    select.setLabel(getTranslation(label));
    select.setItems(List.of("CNY", "USD", "HKD"));
    select.setId(id);
    return select;
  }

  private Select<BankView> bank(String label, String id, List<BankView> banks) {
    Select<BankView> select = new Select<>();
    select.setLabel(getTranslation(label));
    select.setItems(banks);
    select.setItemLabelGenerator(BankView::name);
    select.setId(id);
    return select;
  }

  private void refresh() {
    cash.setItems(payments.cash(me));
    if (me.has(Role.SUPPLIER) || me.has(Role.FINANCIER) || me.has(Role.DEBTOR)) {
      pvps.setItems(payments.mine(me));
    }
  }

  /** Runs a service call; shows its refusal and answers null. */
  private static <T> T call(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (ValidationException e) {
      Notifications.errors(e.problems());
    } catch (ConflictException | AccessDeniedException | NotFoundException e) {
      Notifications.error(e.getMessage());
    }
    return null;
  }
}
