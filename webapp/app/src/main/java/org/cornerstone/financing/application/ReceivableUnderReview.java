package org.cornerstone.financing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.financing.domain.ReceivableCase;
import org.cornerstone.financing.domain.ReceivableRepository;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.review.application.ReviewInput;
import org.cornerstone.review.application.ReviewSubject;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.workflows.financing.ReceivableOnboarding;

/**
 * A receivable waiting in the review inbox: for the debtor (confirm = approve, dispute = reject
 * with a reason) and then for compliance (approve or reject with a reason). Only users of the
 * debtor organisation may decide the debtor's step (its candidate group is that organisation's;
 * checked again here). Neither step can send back.
 */
@ApplicationScoped
public class ReceivableUnderReview implements ReviewSubject {
  public static final String KIND = "RECEIVABLE";
  public static final String NO_SEND_BACK =
      "A receivable cannot be sent back: confirm or approve it, or dispute or reject it with a"
          + " reason.";
  public static final String NOT_THE_DEBTOR =
      "Only a user of the debtor organisation can confirm or dispute its invoice.";

  @Inject ReceivableRepository receivables;
  @Inject UserDirectory parties;
  @Inject Clock clock;

  @Override
  public boolean reviews(String processKey) {
    return ReceivableOnboarding.PROCESS_KEY.equals(processKey);
  }

  @Override
  public Optional<Description> describe(ReviewTask task) {
    return receivables
        .find(task.businessKey())
        .map(
            r -> {
              String amount =
                  r.currency() + " " + ReceivableTerms.format(r.amountMinor(), r.currency());
              String debtor =
                  parties.organisation(r.debtorOrganisation()).map(o -> o.name()).orElse("?");
              return new Description(
                  r.id(),
                  "Invoice " + r.invoiceNumber() + " on " + debtor + " (" + amount + ")",
                  KIND,
                  "Receivable",
                  amount,
                  r.amountMinor(),
                  r.submittedBy(),
                  false,
                  false);
            });
  }

  @Override
  public void apply(
      Actor actor,
      ReviewTask task,
      ReviewInput input,
      String comment,
      Map<String, Object> variables) {
    input.requirePlainDecision(NO_SEND_BACK);
    ReceivableCase receivable =
        receivables
            .findForUpdate(task.businessKey())
            .orElseThrow(
                () -> new IllegalStateException("Unknown receivable " + task.businessKey()));
    if (ReceivableOnboarding.TASK_DEBTOR_CONFIRMATION.equals(task.taskKey())) {
      if (!actor.has(Role.DEBTOR)
          || !receivable.debtorOrganisation().equals(actor.organisation())) {
        throw new AccessDeniedException(NOT_THE_DEBTOR);
      }
      if (input.approves()) {
        receivable.confirmed(actor.userId(), clock.instant());
      }
    } else if (ReceivableOnboarding.TASK_COMPLIANCE_REVIEW.equals(task.taskKey())
        && input.approves()) {
      receivable.approved(actor.userId(), clock.instant());
    }
  }
}
