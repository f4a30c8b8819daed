package org.cornerstone.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.party.domain.Actor;

/** What the actor's organisation holds on the ledger. */
@ApplicationScoped
@Transactional
public class HoldingQueries {
  @Inject HoldingsRegister register;
  @Inject UserDirectory directory;

  public List<Holding> myHoldings(Actor actor) {
    return directory
        .ledgerIdentity(actor)
        .map(PartyName::of)
        .map(register::holdingsOfHolder)
        .orElse(List.of());
  }
}
