package org.cornerstone.registry.application;

import java.time.Clock;
import java.util.Optional;
import org.cornerstone.party.application.InvestorQueries;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.domain.InstrumentRepository;

/** A {@link TransferChecks} over given instruments and investor records, for tests. */
public final class TransferChecksFixture {
  private TransferChecksFixture() {}

  /** A directory that knows no organisation: every party is an investor (or nobody). */
  static final UserDirectory NO_ORGANISATIONS =
      new UserDirectory() {
        @Override
        public Optional<String> organisationKindByLedgerIdentity(String x500Name) {
          return Optional.empty();
        }
      };

  public static TransferChecks of(
      InstrumentRepository instruments, InvestorQueries investors, Clock clock) {
    TransferChecks checks = new TransferChecks();
    checks.instruments = instruments;
    checks.investors = investors;
    checks.clock = clock;
    checks.directory = NO_ORGANISATIONS;
    return checks;
  }
}
