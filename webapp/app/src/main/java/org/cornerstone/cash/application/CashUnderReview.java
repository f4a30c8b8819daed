package org.cornerstone.cash.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.cash.domain.CashRequest;
import org.cornerstone.cash.domain.CashRequestRepository;
import org.cornerstone.review.application.ReviewInput;
import org.cornerstone.review.application.ReviewSubject;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.shared.Actor;
import org.cornerstone.workflows.cash.CashProcesses;

/**
 * A deposit or withdrawal waiting for the settlement bank in the review inbox. Approving is the
 * bank's confirmation (the wire arrived / the money was paid out): the request is marked confirmed
 * at once, and the process's asynchronous step settles it on the ledger. A rejection is recorded by
 * the process. Cash requests cannot be sent back.
 */
@ApplicationScoped
public class CashUnderReview implements ReviewSubject {
  public static final String KIND_DEPOSIT = "DEPOSIT";
  public static final String KIND_WITHDRAWAL = "WITHDRAWAL";
  public static final String NO_SEND_BACK =
      "A deposit or withdrawal cannot be sent back: confirm it or reject it with a reason.";

  @Inject CashRequestRepository requests;
  @Inject Clock clock;

  @Override
  public boolean reviews(String processKey) {
    return CashProcesses.DEPOSIT_PROCESS_KEY.equals(processKey)
        || CashProcesses.WITHDRAWAL_PROCESS_KEY.equals(processKey);
  }

  @Override
  public Optional<Description> describe(ReviewTask task) {
    return requests
        .find(task.businessKey())
        .map(
            r -> {
              boolean deposit = r.kind() == CashRequest.Kind.DEPOSIT;
              String amount =
                  r.currency()
                      + " "
                      + org.cornerstone.cash.domain.CashAmounts.format(
                          r.amountMinor(), r.currency());
              String title =
                  (deposit ? "Deposit " : "Withdrawal ")
                      + amount
                      + (r.reference() == null ? "" : " (ref " + r.reference() + ")");
              return new Description(
                  r.id(),
                  title,
                  deposit ? KIND_DEPOSIT : KIND_WITHDRAWAL,
                  deposit ? "Deposit" : "Withdrawal",
                  amount,
                  0,
                  r.requestedBy(),
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
    if (input.approves()) {
      requests
          .findForUpdate(task.businessKey())
          .orElseThrow(
              () -> new IllegalStateException("Unknown cash request " + task.businessKey()))
          .confirmed(actor.userId(), clock.instant());
    }
  }
}
