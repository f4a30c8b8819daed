package org.cornerstone.registry.controls.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.cornerstone.registry.controls.application.ActionView;
import org.cornerstone.registry.controls.application.IssuerAgentActions;
import org.cornerstone.shared.Actor;
import org.cornerstone.ui.base.Formats;

/**
 * On the holder's holdings page: what the registrar did to their holdings (a freeze with its
 * quantity and reason, a forced transfer, a recovery), so the holder is told.
 */
public class HolderActionsPanel extends VerticalLayout {
  public HolderActionsPanel(IssuerAgentActions actions, Actor me) {
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
  }
}
