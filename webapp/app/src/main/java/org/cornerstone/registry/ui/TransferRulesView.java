package org.cornerstone.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.cornerstone.registry.application.InstrumentView;
import org.cornerstone.registry.application.RuleChangeView;
import org.cornerstone.registry.application.RuleSetView;
import org.cornerstone.registry.application.TransferRuleService;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.MainLayout;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.SignedIn;

/**
 * The registrar's transfer rules: instruments → an instrument's rule set as a form → submit the
 * change for a trustee's approval; the versions so far and the proposed changes. Trustees see a
 * proposed change, with the history, on their review task.
 */
@Menu(title = "nav.transferRules", order = 65, icon = "vaadin:scale")
@Route(value = "transfer-rules", layout = MainLayout.class)
@PageTitle("Transfer rules | Cornerstone")
@RolesAllowed({"REGISTRAR"})
public class TransferRulesView extends VerticalLayout {
  private final TransferRuleService rules;
  private final VerticalLayout detail = new VerticalLayout();
  private final Grid<InstrumentView> instruments = new Grid<>();

  @Inject
  public TransferRulesView(TransferRuleService rules) {
    this.rules = rules;
    setId("transfer-rules-view");
    setMaxWidth("1100px");
    instruments.setId("instruments-grid");
    instruments
        .addColumn(InstrumentView::id)
        .setHeader(getTranslation("col.instrument"))
        .setAutoWidth(true);
    instruments
        .addColumn(InstrumentView::kind)
        .setHeader(getTranslation("col.kind"))
        .setAutoWidth(true);
    instruments
        .addColumn(i -> "v" + i.transferRulesVersion())
        .setHeader(getTranslation("rules.version"))
        .setAutoWidth(true);
    instruments
        .addColumn(i -> RuleSetPanels.summary(this, i.transferRules()))
        .setHeader(getTranslation("rules.rules"))
        .setFlexGrow(1);
    instruments.setEmptyStateText(getTranslation("rules.noInstruments"));
    instruments.setAllRowsVisible(true);
    instruments.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    detail.setPadding(false);
    add(
        new H2(getTranslation("rules.heading")),
        new Paragraph(getTranslation("rules.intro")),
        instruments,
        detail);
    instruments.setItems(rules.instruments(SignedIn.require()));
  }

  private void show(InstrumentView instrument) {
    detail.removeAll();
    if (instrument == null) {
      return;
    }
    Actor me = SignedIn.require();
    detail.add(new H3(getTranslation("rules.of", instrument.id())));
    if (me.has(Role.REGISTRAR)) {
      detail.add(form(instrument));
    }
    List<RuleChangeView> changes = rules.changes(me, instrument.id());
    if (!changes.isEmpty()) {
      detail.add(new H3(getTranslation("rules.changes")));
      Grid<RuleChangeView> grid = new Grid<>();
      grid.setId("rule-changes-grid");
      grid.addColumn(c -> "v" + c.proposed().version())
          .setHeader(getTranslation("rules.version"))
          .setAutoWidth(true);
      grid.addColumn(c -> RuleSetPanels.summary(this, c.proposed()))
          .setHeader(getTranslation("rules.rules"))
          .setFlexGrow(1);
      grid.addColumn(RuleChangeView::reason)
          .setHeader(getTranslation("rules.reason"))
          .setAutoWidth(true);
      grid.addColumn(c -> getTranslation("rules.status." + c.status()))
          .setHeader(getTranslation("col.status"))
          .setAutoWidth(true);
      grid.addColumn(c -> c.proposedBy() + " · " + Formats.time(c.proposedAt()))
          .setHeader(getTranslation("rules.proposed"))
          .setAutoWidth(true);
      grid.setItems(changes);
      grid.setAllRowsVisible(true);
      detail.add(grid);
    }
    detail.add(
        new H3(getTranslation("rules.history")),
        RuleSetPanels.history(this, rules.history(me, instrument.id())));
  }

  private FormLayout form(InstrumentView instrument) {
    RuleSetView current = instrument.transferRules();
    CheckboxGroup<String> categories = new CheckboxGroup<>(getTranslation("rules.categories"));
    categories.setId("rules-categories");
    categories.setItems("RETAIL", "QUALIFIED", "INSTITUTIONAL");
    categories.setItemLabelGenerator(c -> getTranslation("investor.category." + c));
    categories.setValue(new java.util.HashSet<>(current.eligibleCategories()));
    categories.setHelperText(getTranslation("rules.categories.help"));
    TextField allowed = new TextField(getTranslation("rules.allowed"));
    allowed.setId("rules-allowed");
    allowed.setValue(String.join(", ", current.allowedCountries()));
    allowed.setHelperText(getTranslation("rules.countries.help"));
    TextField denied = new TextField(getTranslation("rules.denied"));
    denied.setId("rules-denied");
    denied.setValue(String.join(", ", current.deniedCountries()));
    IntegerField maxHolders = new IntegerField(getTranslation("rules.maxHolders"));
    maxHolders.setId("rules-max-holders");
    maxHolders.setValue(current.maxHolders());
    maxHolders.setHelperText(getTranslation("rules.maxHolders.help"));
    TextField minHolding = new TextField(getTranslation("rules.minHolding"));
    minHolding.setId("rules-min-holding");
    minHolding.setValue(current.minHolding() == null ? "" : current.minHolding().toString());
    TextField maxHolding = new TextField(getTranslation("rules.maxHolding"));
    maxHolding.setId("rules-max-holding");
    maxHolding.setValue(current.maxHolding() == null ? "" : current.maxHolding().toString());
    DateTimePicker lockedUntil = new DateTimePicker(getTranslation("rules.lockedUntil"));
    lockedUntil.setId("rules-locked-until");
    lockedUntil.setHelperText("UTC");
    if (current.lockedUntil() != null) {
      lockedUntil.setValue(current.lockedUntil().atOffset(ZoneOffset.UTC).toLocalDateTime());
    }
    TextField holdingPeriod = new TextField(getTranslation("rules.holdingPeriod"));
    holdingPeriod.setId("rules-holding-period");
    holdingPeriod.setValue(current.holdingPeriod() == null ? "PT0S" : current.holdingPeriod());
    holdingPeriod.setHelperText(getTranslation("rules.holdingPeriod.help"));
    Checkbox halted = new Checkbox(getTranslation("rules.halted"));
    halted.setId("rules-halted");
    halted.setValue(current.tradingHalted());
    TextArea reason = new TextArea(getTranslation("rules.reason"));
    reason.setId("rules-reason");
    reason.setMaxLength(2000);
    Button submit = new Button(getTranslation("rules.submit"));
    submit.setId("rules-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setDisableOnClick(true);
    submit.addClickListener(
        e -> {
          try {
            RuleSetView proposed =
                new RuleSetView(
                    0,
                    List.copyOf(categories.getValue()),
                    countries(allowed.getValue()),
                    countries(denied.getValue()),
                    maxHolders.getValue(),
                    number(minHolding.getValue(), "rules.minHolding"),
                    number(maxHolding.getValue(), "rules.maxHolding"),
                    lockedUntil.getValue() == null
                        ? null
                        : lockedUntil.getValue().toInstant(ZoneOffset.UTC),
                    holdingPeriod.getValue(),
                    halted.getValue());
            RuleChangeView change =
                rules.propose(SignedIn.require(), instrument.id(), proposed, reason.getValue());
            Notifications.success(
                getTranslation("rules.submitted", "v" + change.proposed().version()));
            show(instrument);
          } catch (ValidationException ex) {
            Notifications.errors(ex.problems());
            submit.setEnabled(true);
          } catch (AccessDeniedException | ConflictException ex) {
            Notifications.error(ex.getMessage());
            submit.setEnabled(true);
          }
        });
    FormLayout form = new FormLayout();
    form.setId("rules-form");
    form.add(categories, 2);
    form.add(
        allowed, denied, maxHolders, minHolding, maxHolding, lockedUntil, holdingPeriod, halted);
    form.add(reason, 2);
    form.add(submit);
    return form;
  }

  private static List<String> countries(String text) {
    return Arrays.stream(text.split("[,\\s]+"))
        .map(s -> s.strip().toUpperCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private Long number(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return org.cornerstone.shared.Amounts.integer(text);
    } catch (org.cornerstone.shared.Amounts.AmountException e) {
      throw new ValidationException(getTranslation("rules.notWhole", getTranslation(field)));
    }
  }
}
