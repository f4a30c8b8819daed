package org.cornerstone.cordapp.flows.truesale;

/** What {@link SellPoolFlow} answers: the transaction, the buyer and how many legs moved. */
public final class SellPoolResponse {

  private final String transactionId;
  private final String buyer;
  private final int legs;

  public SellPoolResponse(String transactionId, String buyer, int legs) {
    this.transactionId = transactionId;
    this.buyer = buyer;
    this.legs = legs;
  }

  public String getTransactionId() {
    return transactionId;
  }

  public String getBuyer() {
    return buyer;
  }

  public int getLegs() {
    return legs;
  }
}
