package org.cornerstone.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.cornerstone.ledger.Holding;
import org.cornerstone.ledger.Ledger;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.Actor;

/** Holdings as the registry reports them: what an organisation holds, and cap tables. */
@ApplicationScoped
@Transactional
public class HoldingQueries {
  @Inject Ledger ledger;
  @Inject UserDirectory directory;
  @Inject Clock clock;

  public List<Holding> myHoldings(Actor actor) {
    return directory.ledgerIdentity(actor).map(ledger::holdingsOfHolder).orElse(List.of());
  }

  /**
   * The cap table of an instrument now: its holders and their shares. (At an earlier date once the
   * ledger's holdings register answers by date.)
   */
  public CapTable capTable(String instrumentId) {
    List<Holding> holdings = ledger.holdingsOfAsset(instrumentId);
    long total = holdings.stream().mapToLong(Holding::quantity).sum();
    List<CapTable.Position> positions =
        holdings.stream()
            .filter(h -> h.quantity() > 0)
            .sorted(
                Comparator.comparingLong(Holding::quantity)
                    .reversed()
                    .thenComparing(Holding::holder))
            .map(
                h ->
                    new CapTable.Position(
                        h.holder(),
                        h.quantity(),
                        BigDecimal.valueOf(h.quantity())
                            .divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_EVEN)))
            .toList();
    return new CapTable(instrumentId, clock.instant(), total, positions);
  }
}
