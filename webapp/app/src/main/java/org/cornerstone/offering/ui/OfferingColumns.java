package org.cornerstone.offering.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import org.cornerstone.offering.application.OfferingView;
import org.cornerstone.ui.base.Formats;

/** The columns every offering grid shows. */
final class OfferingColumns {
  private OfferingColumns() {}

  static void add(Grid<OfferingView> grid, Component owner) {
    grid.addColumn(OfferingView::id)
        .setHeader(owner.getTranslation("offering.col.id"))
        .setAutoWidth(true);
    grid.addColumn(OfferingView::instrumentId)
        .setHeader(owner.getTranslation("col.asset"))
        .setAutoWidth(true);
    grid.addColumn(o -> Formats.number(o.quantityOffered()))
        .setHeader(owner.getTranslation("offering.col.offered"))
        .setAutoWidth(true);
    grid.addColumn(o -> o.currency() + " " + o.pricePerToken())
        .setHeader(owner.getTranslation("offering.col.price"))
        .setAutoWidth(true);
    grid.addColumn(o -> Formats.number(o.minimumSubscription()))
        .setHeader(owner.getTranslation("offering.col.minimum"))
        .setAutoWidth(true);
    grid.addColumn(o -> Formats.time(o.closesAt()))
        .setHeader(owner.getTranslation("offering.col.closes"))
        .setAutoWidth(true);
    grid.addColumn(o -> owner.getTranslation("offering.rule." + o.allocationRule()))
        .setHeader(owner.getTranslation("offering.col.rule"))
        .setAutoWidth(true);
    grid.addColumn(o -> Formats.number(o.quantitySubscribed()))
        .setHeader(owner.getTranslation("offering.col.subscribed"))
        .setAutoWidth(true);
    grid.addComponentColumn(
            o ->
                Formats.statusBadge(
                    o.status(), owner.getTranslation("offering.status." + o.status())))
        .setHeader(owner.getTranslation("offering.col.status"))
        .setAutoWidth(true);
  }
}
