package org.cornerstone.cordapp.flows.registry;

/**
 * Request body of {@link SetInstrumentPauseFlow}, started on the registrar's node when an
 * issuer-agent pause or resume of {@code instrumentId} was approved, with its reason.
 */
public final class SetInstrumentPauseRequest {

  private String requestId;
  private String instrumentId;
  private boolean paused;
  private String reason;
  private String notary;

  public SetInstrumentPauseRequest() {}

  public SetInstrumentPauseRequest(String instrumentId, boolean paused, String reason) {
    this.instrumentId = instrumentId;
    this.paused = paused;
    this.reason = reason;
  }

  public String getRequestId() {
    return requestId;
  }

  public void setRequestId(String requestId) {
    this.requestId = requestId;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public void setInstrumentId(String instrumentId) {
    this.instrumentId = instrumentId;
  }

  public boolean isPaused() {
    return paused;
  }

  public void setPaused(boolean paused) {
    this.paused = paused;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** The notary's X.500 name; null for the network's only notary. */
  public String getNotary() {
    return notary;
  }

  public void setNotary(String notary) {
    this.notary = notary;
  }
}
