package org.cornerstone.registry.controls.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.cornerstone.registry.controls.application.ActionView;
import org.cornerstone.registry.controls.application.HolderTransfers;
import org.cornerstone.registry.controls.application.IssuerAgentActions;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.Notifications;

/**
 * On the holder's holdings page: what the registrar did to their holdings (a freeze with its
 * quantity and reason, a forced transfer, a recovery), so the holder is told; and a transfer of
 * their tokens, which a freeze or a pause refuses with its reason code and the registrar's reason.
 */
public class HolderActionsPanel extends VerticalLayout {
  private final UnorderedList refusals = new UnorderedList();

  private String transferKey = UUID.randomUUID().toString();

  public HolderActionsPanel(IssuerAgentActions actions, HolderTransfers transfers, Actor me) {
    setId("holder-actions");
    setPadding(false);
    List<ActionView> mine = actions.affectingMe(me);
    Grid<ActionView> grid = new Grid<>();
    grid.setId("holder-actions-grid");
    grid.addColumn(a -> Formats.time(a.executedAt()))
        .setHeader(getTranslation("col.when"))
        .setAutoWidth(true);
    grid.addColumn(ActionView::instrumentId)
        .setHeader(getTranslation("col.asset"))
        .setAutoWidth(true);
    grid.addColumn(a -> getTranslation("action.kind." + a.kind()))
        .setHeader(getTranslation("col.kind"))
        .setAutoWidth(true);
    grid.addColumn(
            a ->
                a.quantity() == null
                    ? getTranslation("action.whole")
                    : Formats.number(a.quantity()))
        .setHeader(getTranslation("col.tokens"))
        .setAutoWidth(true);
    grid.addColumn(ActionView::reason).setHeader(getTranslation("action.reason")).setFlexGrow(1);
    grid.addColumn(a -> ActionGrids.dash(a.ledgerTransactionId()))
        .setHeader(getTranslation("action.ledgerTransaction"));
    grid.setItems(mine);
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText(getTranslation("action.holder.none"));
    add(
        new H3(getTranslation("action.holder.heading")),
        new Paragraph(getTranslation("action.holder.intro")),
        grid);

    ComboBox<String> instrument = new ComboBox<>();
    instrument.setId("transfer-instrument");
    instrument.setLabel(getTranslation("transfer.instrument"));
    List<String> held = transfers.myInstruments(me);
    instrument.setItems(held);
    if (!held.isEmpty()) {
      instrument.setValue(held.get(0));
    }
    TextField to = new TextField(getTranslation("transfer.to"));
    to.setId("transfer-to");
    to.setWidth("32em");
    IntegerField quantity = new IntegerField(getTranslation("transfer.quantity"));
    quantity.setId("transfer-quantity");
    quantity.setMin(1);
    refusals.setId("transfer-refusals");
    Button submit =
        new Button(
            getTranslation("transfer.submit"),
            e ->
                transfer(
                    transfers,
                    me,
                    instrument.getValue(),
                    to.getValue(),
                    quantity.getValue() == null ? 0 : quantity.getValue()));
    submit.setId("transfer-submit");
    Button check =
        new Button(
            getTranslation("transfer.check"),
            e ->
                check(
                    transfers,
                    me,
                    instrument.getValue(),
                    to.getValue(),
                    quantity.getValue() == null ? 0 : quantity.getValue()));
    check.setId("transfer-check");
    HorizontalLayout form = new HorizontalLayout(instrument, to, quantity, check, submit);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    add(new H3(getTranslation("transfer.heading")), form, refusals);
  }

  /** The reasons a transfer would be refused, shown before the holder commits it. */
  private void check(
      HolderTransfers transfers, Actor me, String instrumentId, String to, long quantity) {
    refusals.removeAll();
    if (instrumentId == null) {
      return;
    }
    try {
      List<HolderTransfers.Refusal> found = transfers.check(me, instrumentId, to, quantity);
      if (found.isEmpty()) {
        refusals.add(new ListItem(getTranslation("transfer.allowed")));
      } else {
        show(found);
      }
    } catch (ValidationException e) {
      e.problems().forEach(p -> refusals.add(new ListItem(p)));
    } catch (AccessDeniedException | NotFoundException e) {
      refusals.add(new ListItem(e.getMessage()));
    }
  }

  private void show(List<HolderTransfers.Refusal> found) {
    found.forEach(
        r -> {
          ListItem item = new ListItem(r.code() + ": " + r.message());
          item.getElement().setAttribute("data-code", r.code());
          refusals.add(item);
        });
  }

  private void transfer(
      HolderTransfers transfers, Actor me, String instrumentId, String to, long quantity) {
    refusals.removeAll();
    if (instrumentId == null) {
      return;
    }
    try {
      // one key per transfer the holder means: a double click sends the same key, moving once
      String tx = transfers.transfer(me, instrumentId, to, quantity, transferKey);
      transferKey = UUID.randomUUID().toString();
      Notifications.success(getTranslation("transfer.done", tx));
    } catch (HolderTransfers.TransferRefused e) {
      show(e.refusals());
      Notifications.error(getTranslation("transfer.refused"));
    } catch (ValidationException e) {
      e.problems().forEach(p -> refusals.add(new ListItem(p)));
    } catch (AccessDeniedException | NotFoundException e) {
      refusals.add(new ListItem(e.getMessage()));
    }
  }
}
