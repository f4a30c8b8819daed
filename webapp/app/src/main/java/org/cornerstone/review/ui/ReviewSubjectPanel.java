package org.cornerstone.review.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.cornerstone.review.application.ReviewTaskView;

/**
 * The task screen's part of the review extension point: each context that puts something under
 * review contributes the panel that shows its subject (an asset's facts and documents, an
 * investor's profile), so the task screen never branches on the kind of task.
 */
public interface ReviewSubjectPanel {
  /** Whether this panel shows the subject of the task. */
  boolean shows(ReviewTaskView task);

  /** Adds the subject's facts, documents and history to the task screen. */
  void show(VerticalLayout screen, ReviewTaskView task);

  /** Whether the task may be sent back to its requester (not, e.g., a bank's confirmation). */
  default boolean offersSendBack(ReviewTaskView task) {
    return true;
  }

  /**
   * The i18n key of the approve button's label for this task, or null for the usual one (e.g. a
   * debtor "confirms" an invoice).
   */
  default String approveLabelKey(ReviewTaskView task) {
    return null;
  }

  /** The i18n key of the reject button's label, or null for the usual one ("dispute"). */
  default String rejectLabelKey(ReviewTaskView task) {
    return null;
  }
}
