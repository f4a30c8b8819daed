package org.cornerstone.offering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.offering.domain.OfferingRepository;
import org.cornerstone.review.application.ReviewInput;
import org.cornerstone.review.application.ReviewService;
import org.cornerstone.review.application.ReviewSubject;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.workflows.offering.PrimaryOffering;

/**
 * An offering whose terms wait for a trustee's approval. A decision changes nothing here directly:
 * the process opens the offering (or records the rejection) in its next step.
 */
@ApplicationScoped
public class OfferingUnderReview implements ReviewSubject {
  /** The kind the inbox shows for an offering. */
  public static final String KIND = "OFFERING";

  @Inject OfferingRepository offerings;

  @Override
  public boolean reviews(String processKey) {
    return PrimaryOffering.PROCESS_KEY.equals(processKey);
  }

  @Override
  public Optional<Description> describe(ReviewTask task) {
    return offerings
        .find(task.businessKey())
        .map(
            o ->
                new Description(
                    o.id(),
                    o.instrumentId()
                        + " · "
                        + o.quantityOffered()
                        + " × "
                        + o.currency().getCurrencyCode()
                        + " "
                        + Amounts.text(o.priceMinor(), o.currency()),
                    KIND,
                    "Offering",
                    o.currency().getCurrencyCode()
                        + " "
                        + Amounts.text(
                            Math.multiplyExact(o.quantityOffered(), o.priceMinor()), o.currency()),
                    o.quantityOffered(),
                    o.openedBy(),
                    false,
                    false));
  }

  @Override
  public void apply(
      Actor actor,
      ReviewTask task,
      ReviewInput input,
      String comment,
      Map<String, Object> variables) {
    if (input.carriesFigures()) {
      throw new ValidationException(ReviewService.OVERRIDE_NOT_ALLOWED);
    }
  }
}
