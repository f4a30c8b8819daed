package org.cornerstone.cordapp.flows.query;

/**
 * Request body of {@link ListHoldingsFlow}. Both fields are optional: without {@code holder} every
 * holder this vault knows (on the registrar's node: every holder of its instruments), without
 * {@code instrumentId} every instrument.
 */
public final class HoldingsRequest {

  private String holder;
  private String instrumentId;

  public HoldingsRequest() {}

  public HoldingsRequest(String holder, String instrumentId) {
    this.holder = holder;
    this.instrumentId = instrumentId;
  }

  public String getHolder() {
    return holder;
  }

  public String getInstrumentId() {
    return instrumentId;
  }
}
