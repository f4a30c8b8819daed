package org.cornerstone.registry.application;

import java.time.Clock;
import org.cornerstone.party.application.InvestorQueries;
import org.cornerstone.registry.domain.InstrumentRepository;

/** A {@link TransferChecks} over given instruments and investor records, for tests. */
public final class TransferChecksFixture {
  private TransferChecksFixture() {}

  public static TransferChecks of(
      InstrumentRepository instruments, InvestorQueries investors, Clock clock) {
    TransferChecks checks = new TransferChecks();
    checks.instruments = instruments;
    checks.investors = investors;
    checks.clock = clock;
    return checks;
  }
}
