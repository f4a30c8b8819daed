package org.cornerstone.offering.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Inject;
import org.cornerstone.offering.application.OfferingService;
import org.cornerstone.offering.application.OfferingUnderReview;
import org.cornerstone.offering.application.OfferingView;
import org.cornerstone.origination.ui.AssetPanels;
import org.cornerstone.review.application.ReviewTaskView;
import org.cornerstone.review.ui.ReviewSubjectPanel;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.SignedIn;

/** An offering's terms on the trustee's task screen. */
public class OfferingReviewPanel implements ReviewSubjectPanel {
  private final OfferingService offerings;

  @Inject
  public OfferingReviewPanel(OfferingService offerings) {
    this.offerings = offerings;
  }

  @Override
  public boolean shows(ReviewTaskView task) {
    return OfferingUnderReview.KIND.equals(task.subjectKind());
  }

  /** The terms are approved or refused; there is no rework loop for an offering. */
  @Override
  public boolean offersSendBack(ReviewTaskView task) {
    return false;
  }

  @Override
  public void show(VerticalLayout screen, ReviewTaskView task) {
    offerings.offering(SignedIn.require(), task.subjectId()).ifPresent(o -> show(screen, o));
  }

  private static void show(VerticalLayout screen, OfferingView o) {
    Div facts = new Div();
    facts.addClassName("facts");
    AssetPanels.fact(
        facts, screen.getTranslation("col.asset"), o.instrumentId(), "fact-instrument");
    AssetPanels.fact(
        facts,
        screen.getTranslation("offering.col.offered"),
        Formats.number(o.quantityOffered()),
        "fact-quantity-offered");
    AssetPanels.fact(
        facts,
        screen.getTranslation("offering.col.price"),
        o.currency() + " " + o.pricePerToken(),
        "fact-price");
    AssetPanels.fact(
        facts,
        screen.getTranslation("offering.col.minimum"),
        Formats.number(o.minimumSubscription()),
        null);
    AssetPanels.fact(
        facts,
        screen.getTranslation("offering.col.window"),
        Formats.time(o.opensAt()) + " – " + Formats.time(o.closesAt()),
        null);
    AssetPanels.fact(
        facts,
        screen.getTranslation("offering.col.rule"),
        screen.getTranslation("offering.rule." + o.allocationRule()),
        null);
    AssetPanels.fact(facts, screen.getTranslation("offering.col.issuer"), o.openedBy(), null);
    screen.add(facts);
  }
}
