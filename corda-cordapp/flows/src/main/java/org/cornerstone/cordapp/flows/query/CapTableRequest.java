package org.cornerstone.cordapp.flows.query;

/**
 * Request body of {@link CapTableAtFlow}: the holdings of {@code instrumentId} as at {@code
 * recordDate} (an ISO-8601 instant, e.g. {@code 2026-03-31T15:59:59.999999Z}).
 */
public final class CapTableRequest {

  private String instrumentId;
  private String recordDate;

  public CapTableRequest() {}

  public CapTableRequest(String instrumentId, String recordDate) {
    this.instrumentId = instrumentId;
    this.recordDate = recordDate;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public String getRecordDate() {
    return recordDate;
  }
}
