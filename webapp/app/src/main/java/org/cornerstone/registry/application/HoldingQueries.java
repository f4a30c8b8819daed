package org.cornerstone.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingChange;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.Actor;

/** Holdings as the registry reports them: what an organisation holds, and cap tables. */
@ApplicationScoped
@Transactional
public class HoldingQueries {
  @Inject HoldingsRegister register;
  @Inject UserDirectory directory;
  @Inject Clock clock;

  public List<Holding> myHoldings(Actor actor) {
    return directory
        .ledgerIdentity(actor)
        .map(PartyName::of)
        .map(register::holdingsOfHolder)
        .orElse(List.of());
  }

  /** The cap table of an instrument now: its holders and their shares. */
  public CapTable capTable(String instrumentId) {
    return capTable(instrumentId, clock.instant(), register.holdingsOf(instrumentId));
  }

  /**
   * The cap table of an instrument as it stood at {@code recordDate} (the ledger's holdings at that
   * instant; a ledger that keeps no history refuses with a {@code LedgerException}).
   */
  public CapTable capTableAt(String instrumentId, Instant recordDate) {
    return capTable(instrumentId, recordDate, register.capTableAt(instrumentId, recordDate));
  }

  /**
   * The transactions that changed {@code holderX500}'s holding of the instrument, newest first (a
   * ledger that keeps no history refuses with a {@code LedgerException}).
   */
  public List<HoldingChange> historyOf(String instrumentId, String holderX500) {
    return register.historyOf(instrumentId, PartyName.of(holderX500));
  }

  /** Shares are rounded half-even to six decimals; quantities and the total are exact. */
  private static CapTable capTable(String instrumentId, Instant asOf, List<Holding> holdings) {
    long total = holdings.stream().mapToLong(Holding::quantity).reduce(0L, Math::addExact);
    List<CapTable.Position> positions =
        holdings.stream()
            .filter(h -> h.quantity() > 0)
            .sorted(
                Comparator.comparingLong(Holding::quantity)
                    .reversed()
                    .thenComparing(h -> h.holder().x500()))
            .map(
                h ->
                    new CapTable.Position(
                        h.holder().x500(),
                        h.quantity(),
                        BigDecimal.valueOf(h.quantity())
                            .divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_EVEN)))
            .toList();
    return new CapTable(instrumentId, asOf, total, positions);
  }
}
