package org.cornerstone.ledgergateway.infrastructure;

import java.time.Clock;
import javax.sql.DataSource;
import org.cornerstone.ledger.embedded.ContainerTransactionRunner;
import org.cornerstone.ledger.embedded.EmbeddedLedger;
import org.cornerstone.ledger.embedded.PartyDirectory;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.Settlement;
import org.cornerstone.ledgergateway.Transfers;

/**
 * The app's embedded ledger adapters as plain objects for tests and benchmarks outside the server:
 * the real {@link EmbeddedLedger} joining the caller's transaction ({@link
 * ContainerTransactionRunner}, as in the app), with no registrar policy.
 */
public record EmbeddedLedgerPorts(
    Settlement settlement,
    HoldingsRegister register,
    Transfers transfers,
    InstrumentIssuance issuance) {

  /** {@code transactional}: a data source whose connection is the caller's open transaction. */
  public static EmbeddedLedgerPorts joining(DataSource transactional, Clock clock) {
    ContainerTransactionRunner runner = new ContainerTransactionRunner(transactional);
    PartyDirectory parties = new PartyDirectory(runner, "benchmark-secret".toCharArray(), clock);
    EmbeddedLedgerAccess access =
        new EmbeddedLedgerAccess(new EmbeddedLedger(runner, parties, clock), parties);
    return new EmbeddedLedgerPorts(
        new EmbeddedSettlement(access),
        new EmbeddedHoldingsRegister(access),
        new EmbeddedTransfers(access),
        new EmbeddedInstrumentIssuance(access));
  }
}
