package org.cornerstone.cordapp.flows.query;

import java.util.List;

/**
 * Result of {@link CapTableAtFlow}: every holding of {@code instrumentId} that existed at {@code
 * recordDate} (ISO-8601), each with its holder and its frozen flag as it was then.
 */
public final class CapTableResponse {

  private final String instrumentId;
  private final String recordDate;
  private final List<HoldingView> holdings;

  public CapTableResponse(String instrumentId, String recordDate, List<HoldingView> holdings) {
    this.instrumentId = instrumentId;
    this.recordDate = recordDate;
    this.holdings = holdings;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public String getRecordDate() {
    return recordDate;
  }

  public List<HoldingView> getHoldings() {
    return holdings;
  }
}
