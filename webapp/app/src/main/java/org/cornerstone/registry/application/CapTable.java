package org.cornerstone.registry.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Who holds how much of one instrument at a moment, largest holder first.
 *
 * @param total the quantity outstanding (the sum of the positions)
 */
public record CapTable(String instrumentId, Instant asOf, long total, List<Position> positions) {

  /**
   * One holder's position.
   *
   * @param holder the holder's X.500 name on the ledger
   * @param share the fraction of the total, 0 to 1, six decimals
   */
  public record Position(String holder, long quantity, BigDecimal share) {}
}
