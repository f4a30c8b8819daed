package org.cornerstone.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cornerstone.ledger.Holding;
import org.cornerstone.ledger.Ledger;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.party.domain.Actor;

/** What the actor's organisation holds on the ledger. */
@ApplicationScoped
@Transactional
public class HoldingQueries {
  @Inject Ledger ledger;
  @Inject UserDirectory directory;

  public List<Holding> myHoldings(Actor actor) {
    return directory.ledgerIdentity(actor).map(ledger::holdingsOfHolder).orElse(List.of());
  }
}
