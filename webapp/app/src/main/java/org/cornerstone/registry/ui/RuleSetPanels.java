package org.cornerstone.registry.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import org.cornerstone.registry.application.RuleSetVersionView;
import org.cornerstone.registry.application.RuleSetView;
import org.cornerstone.ui.base.Formats;

/** How screens show a rule set and its history. */
public final class RuleSetPanels {
  private RuleSetPanels() {}

  /** The rules in one line, in the page's language ("no restrictions" when there are none). */
  public static String summary(Component c, RuleSetView r) {
    List<String> parts = new ArrayList<>();
    if (r.tradingHalted()) {
      parts.add(c.getTranslation("rules.halted"));
    }
    if (!r.eligibleCategories().isEmpty()) {
      parts.add(
          c.getTranslation("rules.categories") + ": " + String.join(", ", r.eligibleCategories()));
    }
    if (!r.allowedCountries().isEmpty()) {
      parts.add(c.getTranslation("rules.allowed") + ": " + String.join(", ", r.allowedCountries()));
    }
    if (!r.deniedCountries().isEmpty()) {
      parts.add(c.getTranslation("rules.denied") + ": " + String.join(", ", r.deniedCountries()));
    }
    if (r.maxHolders() != null) {
      parts.add(c.getTranslation("rules.maxHolders") + ": " + r.maxHolders());
    }
    if (r.minHolding() != null) {
      parts.add(c.getTranslation("rules.minHolding") + ": " + Formats.number(r.minHolding()));
    }
    if (r.maxHolding() != null) {
      parts.add(c.getTranslation("rules.maxHolding") + ": " + Formats.number(r.maxHolding()));
    }
    if (r.lockedUntil() != null) {
      parts.add(c.getTranslation("rules.lockedUntil") + ": " + Formats.time(r.lockedUntil()));
    }
    if (r.holdingPeriod() != null && !"PT0S".equals(r.holdingPeriod())) {
      parts.add(c.getTranslation("rules.holdingPeriod") + ": " + r.holdingPeriod());
    }
    return parts.isEmpty() ? c.getTranslation("rules.none") : String.join(" · ", parts);
  }

  /** The versions of a rule set, the newest first. */
  public static Grid<RuleSetVersionView> history(Component c, List<RuleSetVersionView> versions) {
    Grid<RuleSetVersionView> grid = new Grid<>();
    grid.setId("rule-history-grid");
    grid.addColumn(v -> "v" + v.rules().version())
        .setHeader(c.getTranslation("rules.version"))
        .setAutoWidth(true);
    grid.addColumn(v -> summary(c, v.rules()))
        .setHeader(c.getTranslation("rules.rules"))
        .setFlexGrow(1);
    grid.addColumn(v -> Formats.time(v.effectiveAt()))
        .setHeader(c.getTranslation("rules.effective"))
        .setAutoWidth(true);
    grid.addColumn(v -> v.proposedBy() == null ? "—" : v.proposedBy() + " / " + v.approvedBy())
        .setHeader(c.getTranslation("rules.proposedApproved"))
        .setAutoWidth(true);
    grid.setItems(versions);
    grid.setAllRowsVisible(true);
    return grid;
  }
}
