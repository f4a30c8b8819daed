package org.cornerstone.securitization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Inject;
import org.cornerstone.review.application.ReviewTaskView;
import org.cornerstone.review.ui.ReviewSubjectPanel;
import org.cornerstone.securitization.application.PaymentDateUnderReview;
import org.cornerstone.securitization.application.PaymentDateView;
import org.cornerstone.securitization.application.PaymentDates;

/**
 * A payment date's waterfall under the trustee's review: the servicer report, the tranches (paid,
 * written down, to the holders), the trigger table (value against threshold, breached) and the step
 * log, with a link to the deal's payment dates. Nothing is sent back.
 */
public class PaymentDateReviewPanel implements ReviewSubjectPanel {
  private final PaymentDates paymentDates;

  @Inject
  public PaymentDateReviewPanel(PaymentDates paymentDates) {
    this.paymentDates = paymentDates;
  }

  @Override
  public boolean shows(ReviewTaskView task) {
    return PaymentDateUnderReview.KIND.equals(task.subjectKind());
  }

  @Override
  public void show(VerticalLayout screen, ReviewTaskView task) {
    paymentDates
        .view(task.subjectId())
        .ifPresent(
            p -> {
              Paragraph facts =
                  new Paragraph(
                      screen.getTranslation(
                          "paymentDate.review.facts",
                          p.period(),
                          p.dealName(),
                          p.currency(),
                          PaymentDatesView.grouped(p.interest()),
                          PaymentDatesView.grouped(p.principal()),
                          PaymentDatesView.grouped(p.recoveries()),
                          PaymentDatesView.grouped(p.losses()),
                          PaymentDatesView.grouped(p.poolBalanceStart()),
                          PaymentDatesView.grouped(p.poolBalanceEnd()),
                          p.poolFactor()));
              facts.setId("payment-date-review-facts");
              screen.add(facts);
              if (p.juniorTransfersRestricted()) {
                Paragraph restricted =
                    new Paragraph(screen.getTranslation("paymentDate.review.restricted"));
                restricted.setId("payment-date-review-restricted");
                screen.add(restricted);
              }
              Grid<PaymentDateView.TrancheView> tranches = new Grid<>();
              tranches.setId("payment-date-review-tranches");
              tranches.setAllRowsVisible(true);
              tranches.addThemeVariants(GridVariant.LUMO_COMPACT);
              tranches
                  .addColumn(PaymentDateView.TrancheView::tranche)
                  .setHeader(screen.getTranslation("paymentDate.tranche"));
              tranches
                  .addColumn(t -> PaymentDatesView.grouped(t.balanceStart()))
                  .setHeader(screen.getTranslation("paymentDate.balanceStart"));
              tranches
                  .addColumn(t -> PaymentDatesView.grouped(t.interestPaid()))
                  .setHeader(screen.getTranslation("paymentDate.interestPaid"));
              tranches
                  .addColumn(t -> PaymentDatesView.grouped(t.principalPaid()))
                  .setHeader(screen.getTranslation("paymentDate.principalPaid"));
              tranches
                  .addColumn(t -> PaymentDatesView.grouped(t.writeDown()))
                  .setHeader(screen.getTranslation("paymentDate.writeDown"));
              tranches
                  .addColumn(t -> PaymentDatesView.grouped(t.balanceEnd()))
                  .setHeader(screen.getTranslation("paymentDate.balanceEnd"));
              tranches
                  .addColumn(t -> PaymentDatesView.grouped(t.toHolders()))
                  .setHeader(screen.getTranslation("paymentDate.toHolders"));
              tranches.setItems(p.tranches());
              Grid<PaymentDateView.TriggerView> triggers = new Grid<>();
              triggers.setId("payment-date-review-triggers");
              triggers.setAllRowsVisible(true);
              triggers.addThemeVariants(GridVariant.LUMO_COMPACT);
              triggers
                  .addColumn(PaymentDateView.TriggerView::name)
                  .setHeader(screen.getTranslation("paymentDate.trigger"));
              triggers
                  .addColumn(PaymentDateView.TriggerView::test)
                  .setHeader(screen.getTranslation("paymentDate.test"));
              triggers
                  .addColumn(t -> t.value() == null ? "—" : t.value())
                  .setHeader(screen.getTranslation("paymentDate.value"));
              triggers
                  .addColumn(PaymentDateView.TriggerView::threshold)
                  .setHeader(screen.getTranslation("paymentDate.threshold"));
              triggers
                  .addColumn(
                      t ->
                          screen.getTranslation(
                              t.breached() ? "paymentDate.breached" : "paymentDate.notBreached"))
                  .setHeader(screen.getTranslation("paymentDate.breachedHeader"));
              triggers.setItems(p.triggers());
              Pre log = new Pre(String.join("\n", p.stepLog()));
              log.setId("payment-date-review-log");
              // long lines (the period's collections, the end state) wrap instead of overflowing
              log.getStyle().set("white-space", "pre-wrap");
              Anchor open =
                  new Anchor(
                      "deals/" + p.dealId() + "/payment-dates",
                      screen.getTranslation("paymentDate.link"));
              open.setId("payment-date-review-open");
              screen.add(
                  new H4(screen.getTranslation("paymentDate.tranchePayments")),
                  tranches,
                  new H4(screen.getTranslation("paymentDate.triggers")),
                  triggers,
                  new H4(screen.getTranslation("paymentDate.stepLog")),
                  log,
                  open);
            });
  }

  @Override
  public boolean offersSendBack(ReviewTaskView task) {
    return false;
  }
}
