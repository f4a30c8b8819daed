package org.cornerstone.cordapp.flows.registry;

/**
 * Result of {@link PublishTransferRulesFlow}: the rule set now in force on the registrar's node.
 * {@code transactionId} is null when the rules were already in force (nothing was recorded).
 */
public final class PublishTransferRulesResponse {

  private final String transactionId;
  private final String instrumentId;
  private final int version;

  public PublishTransferRulesResponse(String transactionId, String instrumentId, int version) {
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
}
