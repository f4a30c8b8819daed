package org.cornerstone.ledger.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.cornerstone.ledger.Ledger;
import org.cornerstone.platform.Settings;

/**
 * Chooses the ledger by configuration: {@code CORNERSTONE_LEDGER=embedded} (default) or {@code
 * corda}.
 */
@ApplicationScoped
public class LedgerSelection {
  public static final String UNKNOWN =
      "CORNERSTONE_LEDGER must be 'embedded' or 'corda', not '%s'.";
  private static final Logger LOG = Logger.getLogger(LedgerSelection.class.getName());

  @Inject Settings settings;
  @Inject Instance<EmbeddedLedgerAdapter> embedded;
  @Inject Instance<CordaLedgerAdapter> corda;

  @Produces
  @ApplicationScoped
  Ledger ledger() {
    String mode = settings.ledgerMode();
    LOG.info("Ledger: " + mode);
    return switch (mode) {
      case "embedded" -> embedded.get();
      case "corda" -> corda.get();
      default -> throw new IllegalStateException(String.format(UNKNOWN, mode));
    };
  }
}
