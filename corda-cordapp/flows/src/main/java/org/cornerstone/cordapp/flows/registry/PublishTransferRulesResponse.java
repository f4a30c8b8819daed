package org.cornerstone.cordapp.flows.registry;

/**
 * Result of {@link PublishTransferRulesFlow}: the rule set now in force on the registrar's node.
 * {@code published} is false when the rules were already in force: nothing was recorded and {@code
 * transactionId} is the transaction that recorded the version in force.
 */
public final class PublishTransferRulesResponse {

  private final String transactionId;
  private final String instrumentId;
  private final int version;
  private final boolean published;

  public PublishTransferRulesResponse(
      String transactionId, String instrumentId, int version, boolean published) {
    this.published = published;
    this.transactionId = transactionId;
    this.instrumentId = instrumentId;
    this.version = version;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public int getVersion() {
    return version;
  }

  public boolean isPublished() {
    return published;
  }
}
