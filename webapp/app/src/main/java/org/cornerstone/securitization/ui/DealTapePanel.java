package org.cornerstone.securitization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import org.cornerstone.securitization.application.DealTapes;
import org.cornerstone.securitization.application.DealViews.DealView;
import org.cornerstone.securitization.application.TapeViews.LoanView;
import org.cornerstone.securitization.application.TapeViews.TapeSummary;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.ui.base.LimitedUpload;
import org.cornerstone.ui.base.Notifications;
import org.cornerstone.ui.base.UploadTexts;

/**
 * The deal page's loan tape (ADR 0028): its summary, its assignment to the SPV once the deal
 * closed, the loans with their eligibility in a lazy grid (a page of 50 at a time: a tape of 10,000
 * loans is never sent whole to the browser) and, while the arranger structures the deal, the upload
 * and the removal of the tape.
 */
class DealTapePanel extends VerticalLayout {
  private static final int PAGE = 50;

  private final transient DealTapes tapes;
  private final Actor me;
  private final String dealId;
  private final transient Runnable changed;

  DealTapePanel(DealTapes tapes, Actor me, DealView deal, boolean editable, Runnable changed) {
    this.tapes = tapes;
    this.me = me;
    this.dealId = deal.id();
    this.changed = changed;
    setId("deal-tape");
    setPadding(false);
    add(new H3(getTranslation("deal.tape")));
    TapeSummary tape = deal.tape();
    if (tape == null) {
      Paragraph none = new Paragraph(getTranslation("deal.tape.none"));
      none.setId("deal-tape-none");
      add(none);
    } else {
      Paragraph summary =
          new Paragraph(
              getTranslation(
                  "deal.tape.summary",
                  tape.fileName(),
                  tape.loanCount(),
                  DealDetailView.amount(deal.currency(), tape.balance()),
                  tape.pooledCount(),
                  DealDetailView.amount(deal.currency(), tape.poolBalance()),
                  tape.ineligibleCount(),
                  tape.sha256(),
                  tape.uploadedBy()));
      summary.setId("deal-tape-summary");
      add(summary);
      if (tape.assignedAt() != null) {
        Paragraph assigned =
            new Paragraph(
                getTranslation(
                    "deal.tape.assigned",
                    tape.assignedLoanCount(),
                    DealDetailView.amount(deal.currency(), tape.assignedBalance()),
                    tape.sha256()));
        assigned.setId("deal-tape-assigned");
        add(assigned);
      }
      add(grid(tape.loanCount()));
    }
    if (editable) {
      add(upload());
      if (tape != null) {
        Button remove =
            new Button(
                getTranslation("deal.tape.remove"),
                e -> act(() -> tapes.remove(me, dealId), "deal.tape.removed"));
        remove.setId("deal-tape-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(remove);
      }
    }
  }

  private Grid<LoanView> grid(int count) {
    Grid<LoanView> grid = new Grid<>();
    grid.setId("deal-tape-loans");
    grid.setPageSize(PAGE);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
    grid.addColumn(LoanView::position).setHeader("#").setAutoWidth(true);
    grid.addColumn(LoanView::id).setHeader(getTranslation("deal.tape.id")).setAutoWidth(true);
    grid.addColumn(LoanView::obligor).setHeader(getTranslation("deal.col.obligor"));
    grid.addColumn(LoanView::balance).setHeader(getTranslation("deal.col.balance"));
    grid.addColumn(LoanView::rate).setHeader(getTranslation("deal.tape.rate"));
    grid.addColumn(l -> l.remainingTerm() + " / " + l.term())
        .setHeader(getTranslation("deal.tape.term"));
    grid.addColumn(LoanView::status).setHeader(getTranslation("deal.tape.status"));
    grid.addColumn(l -> DealDetailView.checks(l.checks()))
        .setHeader(getTranslation("deal.col.eligibility"))
        .setFlexGrow(3);
    grid.setItems(
        query -> tapes.page(me, dealId, query.getOffset(), query.getLimit()).loans().stream(),
        query -> count);
    grid.setHeight("24em");
    return grid;
  }

  private VerticalLayout upload() {
    Upload upload =
        new Upload(
            LimitedUpload.inMemory(
                DealTapes.MAX_TAPE_BYTES,
                (metadata, data) ->
                    act(
                        () -> tapes.upload(me, dealId, metadata.fileName(), data),
                        "deal.tape.uploaded")));
    upload.setId("deal-tape-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize(DealTapes.MAX_TAPE_BYTES);
    upload.setAcceptedFileTypes("text/csv", ".csv");
    upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
    UploadTexts.apply(upload);
    Span limit =
        new Span(getTranslation("deal.tape.limit", DealTapes.MAX_TAPE_BYTES / (1024 * 1024)));
    limit.addClassName("upload-limit");
    VerticalLayout box = new VerticalLayout(upload, limit);
    box.setPadding(false);
    return box;
  }

  private void act(Runnable action, String successKey) {
    try {
      action.run();
      Notifications.success(getTranslation(successKey, dealId));
      changed.run();
    } catch (ValidationException e) {
      Notifications.errors(e.problems());
    } catch (ConflictException | AccessDeniedException | NotFoundException e) {
      Notifications.error(e.getMessage());
    }
  }
}
