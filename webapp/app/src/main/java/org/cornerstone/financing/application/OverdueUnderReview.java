package org.cornerstone.financing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.financing.domain.CertificateAmount;
import org.cornerstone.financing.domain.CertificateRecords;
import org.cornerstone.financing.domain.MaturityPayment;
import org.cornerstone.financing.domain.PayableCertificateRepository;
import org.cornerstone.review.application.ReviewInput;
import org.cornerstone.review.application.ReviewSubject;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.shared.Actor;
import org.cornerstone.workflows.financing.CertificateMaturity;

/**
 * An overdue certificate in the trustee's inbox (the {@code certificate-maturity} process's
 * follow-up): the obligor paid only part at maturity. The trustee closes the follow-up (approve or
 * reject, with a comment on what was agreed with the core enterprise); the task also ends by itself
 * when the obligor pays the rest.
 */
@ApplicationScoped
public class OverdueUnderReview implements ReviewSubject {
  public static final String KIND = "OVERDUE_CERTIFICATE";
  public static final String NO_SEND_BACK =
      "An overdue certificate cannot be sent back: close the follow-up with a comment.";

  @Inject PayableCertificateRepository certificates;
  @Inject CertificateRecords records;

  @Override
  public boolean reviews(String processKey) {
    return CertificateMaturity.PROCESS_KEY.equals(processKey);
  }

  @Override
  public Optional<Description> describe(ReviewTask task) {
    return certificates
        .find(task.businessKey())
        .map(
            c -> {
              long overdue =
                  records.payments(c.id()).stream()
                      .mapToLong(MaturityPayment::outstandingMinor)
                      .sum();
              String amount = c.currency() + " " + CertificateAmount.format(overdue, c.currency());
              return new Description(
                  c.id(),
                  "Overdue certificate " + c.id() + ": " + amount + " unpaid",
                  KIND,
                  "Overdue certificate",
                  amount,
                  0,
                  c.obligorOrganisation(),
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
  }
}
