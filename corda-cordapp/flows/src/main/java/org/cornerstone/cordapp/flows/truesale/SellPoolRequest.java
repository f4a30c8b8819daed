package org.cornerstone.cordapp.flows.truesale;

import java.util.List;

/**
 * Request body of {@link SellPoolFlow}, started on the seller's node: sell {@code legs} (each
 * {@code quantity} tokens of {@code instrumentId}, issued by {@code issuer}) to {@code buyer}, the
 * deal's SPV, in one transaction. The no-arg constructors are for Corda's JSON marshalling service.
 */
public final class SellPoolRequest {

  /** One instrument of the pool. */
  public static final class Leg {
    private String instrumentId;
    private String issuer;
    private long quantity;

    public Leg() {}

    public Leg(String instrumentId, String issuer, long quantity) {
      this.instrumentId = instrumentId;
      this.issuer = issuer;
      this.quantity = quantity;
    }

    public String getInstrumentId() {
      return instrumentId;
    }

    public String getIssuer() {
      return issuer;
    }

    public long getQuantity() {
      return quantity;
    }
  }

  private String requestId;
  private String buyer;
  private List<Leg> legs;
  private String notary;

  public SellPoolRequest() {}

  public SellPoolRequest(String requestId, String buyer, List<Leg> legs, String notary) {
    this.requestId = requestId;
    this.buyer = buyer;
    this.legs = legs;
    this.notary = notary;
  }

  public String getRequestId() {
    return requestId;
  }

  public String getBuyer() {
    return buyer;
  }

  public List<Leg> getLegs() {
    return legs;
  }

  public String getNotary() {
    return notary;
  }
}
