package org.cornerstone.offering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.cornerstone.registry.application.TransferCheckAnswer;
import org.cornerstone.registry.application.TransferChecks;
import org.cornerstone.shared.Actor;

/**
 * The pre-check before a subscription: the registrar's pre-transfer check of the tokens moving from
 * the issuer to the investor (eligibility, KYC, category, country, holder limit, holding limits,
 * lock-up, halted). Every failed rule is one refusal, with its stable code. The registrar checks
 * the same rules again when it signs the settlement, since eligibility can lapse in between.
 */
@ApplicationScoped
public class TransferRuleEligibility implements SubscriptionEligibility {
  /** How one failed rule reads in a refusal: the message, then the code. */
  public static final String REFUSAL = "%s (%s)";

  @Inject TransferChecks checks;

  @Override
  public List<String> refusals(
      Actor investor, String issuerParty, String instrumentId, long quantity) {
    TransferCheckAnswer answer =
        checks.checkSaleTo(instrumentId, issuerParty, investor.userId(), quantity);
    return answer.reasons().stream()
        .map(r -> String.format(REFUSAL, r.message(), r.code()))
        .toList();
  }
}
