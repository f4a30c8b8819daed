package org.cornerstone.cash.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Inject;
import org.cornerstone.cash.application.CashBankQueries;
import org.cornerstone.cash.application.CashUnderReview;
import org.cornerstone.review.application.ReviewTaskView;
import org.cornerstone.review.ui.ReviewSubjectPanel;
import org.cornerstone.ui.base.Formats;
import org.cornerstone.ui.base.SignedIn;

/**
 * A deposit or withdrawal waiting for the settlement bank: who asked, how much, the transfer
 * reference, and (for a withdrawal) the investor's cash in that currency.
 */
public class CashReviewPanel implements ReviewSubjectPanel {
  private final CashBankQueries queries;

  @Inject
  public CashReviewPanel(CashBankQueries queries) {
    this.queries = queries;
  }

  @Override
  public boolean shows(ReviewTaskView task) {
    return CashUnderReview.KIND_DEPOSIT.equals(task.subjectKind())
        || CashUnderReview.KIND_WITHDRAWAL.equals(task.subjectKind());
  }

  @Override
  public void show(VerticalLayout screen, ReviewTaskView task) {
    queries
        .pending(SignedIn.require(), task.subjectId())
        .ifPresent(
            p -> {
              var r = p.request();
              Div facts = new Div();
              facts.addClassName("facts");
              facts.setId("cash-request-facts");
              fact(facts, screen.getTranslation("cash.col.id"), r.id(), "fact-cash-id");
              fact(
                  facts,
                  screen.getTranslation("cash.col.kind"),
                  screen.getTranslation("cash.kind." + r.kind()),
                  null);
              fact(
                  facts,
                  screen.getTranslation("cash.col.amount"),
                  r.currency() + " " + r.amount(),
                  "fact-cash-amount");
              fact(
                  facts,
                  screen.getTranslation("cash.reference"),
                  r.reference() == null ? "—" : r.reference(),
                  "fact-cash-reference");
              fact(facts, screen.getTranslation("cash.investor"), r.requestedBy(), null);
              fact(facts, screen.getTranslation("cash.holder"), r.holder(), null);
              fact(
                  facts,
                  screen.getTranslation("cash.col.requested"),
                  Formats.time(r.requestedAt()),
                  null);
              p.balance()
                  .ifPresent(
                      b ->
                          fact(
                              facts,
                              screen.getTranslation("cash.col.reserved"),
                              b.currency()
                                  + " "
                                  + org.cornerstone.cash.domain.CashAmounts.format(
                                      b.reservedMinor(), b.currency()),
                              null));
              screen.add(facts);
            });
  }

  /** The bank confirms or rejects; there is nothing to send back. */
  @Override
  public boolean offersSendBack(ReviewTaskView task) {
    return false;
  }

  private static void fact(Div container, String label, String value, String id) {
    Div row = new Div();
    row.addClassName("fact");
    Span name = new Span(label);
    name.addClassName("fact-label");
    Span text = new Span(value);
    text.addClassName("fact-value");
    if (id != null) {
      text.setId(id);
    }
    row.add(name, text);
    container.add(row);
  }
}
