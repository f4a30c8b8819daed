package org.cornerstone.trading.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.Actor;
import org.cornerstone.trading.application.TradingPorts;

/** Ledger identities from the user directory. */
@ApplicationScoped
public class DirectoryParties implements TradingPorts.Parties {
  @Inject UserDirectory directory;

  @Override
  public Optional<String> partyOf(Actor actor) {
    return directory.ledgerIdentity(actor);
  }

  @Override
  public String settlementBank() {
    return directory
        .settlementBank()
        .map(OrganisationView::x500Name)
        .orElseThrow(() -> new IllegalStateException("No settlement bank is registered"));
  }
}
