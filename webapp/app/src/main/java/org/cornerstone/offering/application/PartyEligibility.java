package org.cornerstone.offering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.cornerstone.party.application.InvestorQueries;
import org.cornerstone.shared.Actor;

/** The default pre-check: the investor passed onboarding (the registrar recorded eligibility). */
@ApplicationScoped
public class PartyEligibility implements SubscriptionEligibility {
  public static final String NOT_ELIGIBLE =
      "You are not yet an eligible investor: complete investor onboarding first.";

  @Inject InvestorQueries investors;

  @Override
  public List<String> refusals(
      Actor investor, String issuerUser, String instrumentId, long quantity) {
    return investors.isEligible(investor.userId()) ? List.of() : List.of(NOT_ELIGIBLE);
  }
}
